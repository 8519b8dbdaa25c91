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
})();
