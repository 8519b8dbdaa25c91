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

  // The search page: load Pagefind's UI from the site's own index and run the query from ?q=.
  var search = document.getElementById("search");
  if (search) {
    var bundle = search.dataset.bundle;
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = bundle + "pagefind-ui.css";
    document.head.append(css);
    var script = document.createElement("script");
    script.src = bundle + "pagefind-ui.js";
    script.onload = function () {
      var ui = new window.PagefindUI({
        element: "#search", bundlePath: bundle, showSubResults: true, showImages: false, resetStyles: false,
        // Pagefind would pick Simplified wording for zh-Hant; these are the Traditional ones.
        translations: {
          placeholder: "搜尋文章與註解", clear_search: "清除", load_more: "載入更多結果", search_label: "搜尋本站",
          filters_label: "篩選", zero_results: "找不到「[SEARCH_TERM]」的結果", many_results: "「[SEARCH_TERM]」共有 [COUNT] 筆結果",
          one_result: "「[SEARCH_TERM]」共有 [COUNT] 筆結果", alt_search: "找不到「[SEARCH_TERM]」，改為顯示「[DIFFERENT_TERM]」的結果",
          search_suggestion: "找不到「[SEARCH_TERM]」的結果，請試試：", searching: "正在搜尋「[SEARCH_TERM]」…"
        }
      });
      // Pagefind labels its input only with a title; give it a real accessible name.
      var input = search.querySelector("input[type=text], input[type=search]");
      if (input) input.setAttribute("aria-label", "搜尋文章與註解");
      var q = new URLSearchParams(location.search).get("q");
      if (q) {
        var box = document.getElementById("site-search-q");
        if (box) box.value = q;
        // Pagefind's UI lists the filters of the first results when they come in before its own list of every
        // filter has loaded, and that list is partial (seen under load: 事件 without 國家與地區). Loading every
        // filter first, through the module the UI shares, keeps the panel whole.
        var searched = false;
        var run = function () {
          if (!searched) ui.triggerSearch(q);
          searched = true;
        };
        import(bundle + "pagefind.js")
          .then(function (pagefind) { return pagefind.filters(); })
          .catch(function () { /* the UI reports a missing index itself */ })
          .then(run);
        // A filter load that never finishes holds the search back five seconds at most; a shorter wait would let a
        // busy machine start the search first and show the partial list again.
        setTimeout(run, 5000);
      }
    };
    script.onerror = function () {
      search.textContent = "搜尋索引無法載入。";
    };
    document.head.append(script);
  }
})();
