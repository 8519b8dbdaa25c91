// Progressive enhancement only: every link works without this file.
// Clicking a highlighted passage goes to its note; hovering or focusing a note number shows the note in a popover.
(function () {
  "use strict";

  function noteFor(id) { return document.getElementById("note-" + id); }

  function activate(id) {
    document.querySelectorAll(".active").forEach(function (el) { el.classList.remove("active"); });
    var note = noteFor(id);
    if (!note) return;
    note.classList.add("active");
    document.querySelectorAll('mark.passage[data-notes~="' + CSS.escape(id) + '"]').forEach(function (m) { m.classList.add("active"); });
  }

  document.addEventListener("click", function (event) {
    var mark = event.target.closest && event.target.closest("mark.passage");
    if (!mark || event.target.closest("a")) return;
    var id = mark.dataset.notes.split(" ")[0];
    var note = noteFor(id);
    if (!note) return;
    activate(id);
    history.replaceState(null, "", "#note-" + id);
    note.scrollIntoView({ behavior: "smooth", block: "nearest" });
    var back = note.querySelector(".note-number");
    if (back) back.focus({ preventScroll: true });
  });

  document.addEventListener("click", function (event) {
    var ref = event.target.closest && event.target.closest("a.note-ref");
    if (ref) activate(ref.dataset.note);
  });

  var popover = null;
  function hide() { if (popover) { popover.remove(); popover = null; } }
  function show(ref) {
    // The margin already shows notes on wide screens; the popover helps where the note is far below.
    var note = noteFor(ref.dataset.note);
    if (!note) return;
    hide();
    popover = document.createElement("div");
    popover.className = "note-popover";
    popover.setAttribute("role", "tooltip");
    popover.id = "popover-" + ref.dataset.note;
    var body = note.querySelector(".note-body");
    popover.append(body.cloneNode(true));
    document.body.append(popover);
    var box = ref.getBoundingClientRect();
    var left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - popover.offsetWidth - 8);
    popover.style.left = Math.max(8, left) + "px";
    popover.style.top = (window.scrollY + box.bottom + 6) + "px";
    ref.setAttribute("aria-describedby", popover.id);
  }
  document.querySelectorAll("a.note-ref").forEach(function (ref) {
    ref.addEventListener("mouseenter", function () { show(ref); });
    ref.addEventListener("focus", function () { show(ref); });
    ref.addEventListener("mouseleave", hide);
    ref.addEventListener("blur", hide);
  });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") hide(); });

  if (location.hash.indexOf("#note-") === 0) activate(location.hash.slice(6));

  // Wide screens: each paragraph's notes start level with it and run on down the margin, pushed below the notes
  // before them, so long notes never open gaps in the text (the CSS-only layout gives each paragraph a grid row).
  var body = document.querySelector(".article-body");
  var wide = window.matchMedia("(min-width: 68rem)");
  function layoutSidenotes() {
    if (!body) return;
    var blocks = body.querySelectorAll(".annotated");
    body.classList.toggle("js-sidenotes", wide.matches);
    body.style.paddingBottom = "";
    blocks.forEach(function (block) { block.querySelector(".notes").style.top = ""; });
    if (!wide.matches) return;
    var origin = body.getBoundingClientRect().top;
    var bottom = 0;
    blocks.forEach(function (block) {
      var notes = block.querySelector(".notes");
      var blockTop = block.getBoundingClientRect().top - origin;
      var top = Math.max(blockTop, bottom);
      notes.style.top = (top - blockTop) + "px";
      bottom = top + notes.offsetHeight + 12;
    });
    var overflow = bottom - body.offsetHeight;
    if (overflow > 0) body.style.paddingBottom = overflow + "px";
  }
  if (body) {
    layoutSidenotes();
    window.addEventListener("resize", layoutSidenotes);
    window.addEventListener("load", layoutSidenotes);
    body.addEventListener("toggle", layoutSidenotes, true);
    if (document.fonts) document.fonts.ready.then(layoutSidenotes);
  }

  // The search page: Pagefind's UI over the site's own bundles, one per partition of the index, merged into one
  // search; the query comes from ?q=. The page gives the words it speaks (data-strings).
  var search = document.getElementById("search");
  if (search) {
    var bundle = search.dataset.bundle;
    var root = search.dataset.root;
    var strings = JSON.parse(search.dataset.strings);
    // Pagefind applies options to the first bundle only: each merged one gets the same.
    var options = { baseUrl: root, excerptLength: 12 };
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = bundle + "pagefind-ui.css";
    document.head.append(css);
    var script = new Promise(function (resolve, reject) {
      var element = document.createElement("script");
      element.src = bundle + "pagefind-ui.js";
      element.onload = resolve;
      element.onerror = reject;
      document.head.append(element);
    });
    var partitions = fetch(bundle + "partitions.json", { cache: "no-cache" }).then(function (r) {
      if (!r.ok) throw new Error("partitions.json: " + r.status);
      return r.json();
    });
    Promise.all([partitions, script, import(bundle + "pagefind.js")])
      .then(function (loaded) { return merge(loaded[2], loaded[0].merge); })
      .then(mount, function () { search.textContent = strings.unavailable; });
  }

  // The UI shares this module. Every bundle is merged and every filter loaded before the UI starts: it lists the
  // filters of the first results when they come in before its own list of every filter, and that list is partial.
  function merge(pagefind, paths) {
    return pagefind.options(options)
      .then(function () {
        return Promise.all(paths.map(function (path) { return pagefind.mergeIndex(bundle + path, options); }));
      })
      .then(function () { return pagefind.filters(); });
  }

  // A hit in a note comes from the note's heading (NoteCard: id "note-<id>-label"); the reader wants the passage the
  // note is about (MarkdownHtml: id "passage-<id>"), with the note beside it.
  function toPassage(url) { return url.replace(/#note-(.+)-label$/, "#passage-$1"); }

  function mount() {
    var ui = new window.PagefindUI({
      element: "#search", bundlePath: bundle, baseUrl: options.baseUrl, excerptLength: options.excerptLength,
      showSubResults: true, showImages: false, resetStyles: false, translations: strings.ui,
      processResult: function (result) {
        result.sub_results.forEach(function (sub) { sub.url = toPassage(sub.url); });
        return result;
      }
    });
    var input = search.querySelector("input[type=text], input[type=search]");
    if (input) input.setAttribute("aria-label", strings.input);
    var q = new URLSearchParams(location.search).get("q");
    if (!q) return;
    var box = document.getElementById("site-search-q");
    if (box) box.value = q;
    ui.triggerSearch(q);
  }
})();
