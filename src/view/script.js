// glaneur report: sortable tables and evidence highlighting. No library, no network.
// Errors are counted in the root element's data-errors attribute so a headless test can check the page ran clean.
(function () {
  "use strict";
  var root = document.documentElement;
  function recordError(message) {
    var n = Number(root.getAttribute("data-errors") || "0") + 1;
    root.setAttribute("data-errors", String(n));
    root.setAttribute("data-last-error", String(message).slice(0, 300));
  }
  window.addEventListener("error", function (e) { recordError(e.message || "error"); });
  window.addEventListener("unhandledrejection", function (e) { recordError(e.reason || "rejection"); });

  try {
    // Sortable tables: click (or Enter on) a header; numbers sort as numbers, using a cell's
    // data-sort when it has one.
    var collator = new Intl.Collator("fr", { numeric: true, sensitivity: "base" });
    function key(cell) {
      if (!cell) { return ""; }
      var k = cell.getAttribute("data-sort");
      return k !== null ? k : cell.textContent.trim();
    }
    function compare(a, b) {
      var x = Number(a), y = Number(b);
      if (a !== "" && b !== "" && !isNaN(x) && !isNaN(y)) { return x - y; }
      return collator.compare(a, b);
    }
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
      var heads = table.querySelectorAll("thead th");
      Array.prototype.forEach.call(heads, function (th, col) {
        th.tabIndex = 0;
        function sort() {
          var ascending = th.getAttribute("aria-sort") !== "ascending";
          Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
          th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (r1, r2) {
            var c = compare(key(r1.cells[col]), key(r2.cells[col]));
            return ascending ? c : -c;
          });
          rows.forEach(function (r) { body.appendChild(r); });
        }
        th.addEventListener("click", sort);
        th.addEventListener("keydown", function (e) {
          if (e.key === "Enter" || e.key === " ") { e.preventDefault(); sort(); }
        });
      });
    });

    // Legend: a type's button hides or shows its highlights.
    Array.prototype.forEach.call(document.querySelectorAll(".legend button[data-toggle]"), function (b) {
      b.addEventListener("click", function () {
        var hidden = document.body.classList.toggle("hide-" + b.getAttribute("data-toggle"));
        b.setAttribute("aria-pressed", hidden ? "false" : "true");
      });
    });

    // Evidence: following a fact's link (or hovering its row) highlights every piece of the
    // sentence that states it.
    function clear() {
      Array.prototype.forEach.call(document.querySelectorAll(".ev.hl, tr.hl"), function (e) {
        e.classList.remove("hl");
      });
    }
    function highlight(article, k) {
      var section = document.getElementById(article);
      if (!section) { return; }
      Array.prototype.forEach.call(section.querySelectorAll(".ev[data-ev]"), function (span) {
        if (span.getAttribute("data-ev").split(" ").indexOf(k) >= 0) { span.classList.add("hl"); }
      });
    }
    function fromHash() {
      var m = /^#(a\d+)-ev(\d+)$/.exec(window.location.hash);
      if (m) { clear(); highlight(m[1], m[2]); }
    }
    window.addEventListener("hashchange", fromHash);
    fromHash();
    Array.prototype.forEach.call(document.querySelectorAll("tr.fact-row[data-ev]"), function (tr) {
      var parts = tr.getAttribute("data-ev").split(":");
      tr.addEventListener("mouseenter", function () { highlight(parts[0], parts[1]); tr.classList.add("hl"); });
      tr.addEventListener("mouseleave", function () { clear(); fromHash(); });
    });
  } catch (err) {
    recordError(err && err.message ? err.message : err);
  }
  document.body.setAttribute("data-ok", "1");
})();
