// Printing an ordinary page (Ctrl+P): open every closed <details> (answers hidden for practice included),
// let code too long for one page break across pages (print.css keeps all other code whole), and turn the web links of answers into numbered footnotes, listed at the end of their question (or summary,
// or page),
// because a URL cannot be clicked on paper. Everything is undone after printing.
(function () {
  "use strict";
  // A page of A4 or US Letter holds about 45 lines of printed code.
  var LONG_CODE_LINES = 40;
  var added = [];
  var opened = [];
  var marked = [];

  function isWebLink(a) {
    return /^https?:\/\//i.test(a.getAttribute("href") || "") && !a.closest(".references, .print-links");
  }

  function footnote(scope) {
    var links = Array.prototype.filter.call(scope.querySelectorAll("a[href]"), isWebLink);
    if (links.length === 0) {
      return;
    }
    var numbers = {};
    var urls = [];
    links.forEach(function (a) {
      var url = a.href;
      if (!numbers[url]) {
        urls.push(url);
        numbers[url] = urls.length;
      }
      var mark = document.createElement("sup");
      mark.className = "print-note-ref";
      mark.textContent = "[" + numbers[url] + "]";
      a.insertAdjacentElement("afterend", mark);
      added.push(mark);
    });
    var list = document.createElement("ol");
    list.className = "print-notes";
    urls.forEach(function (url) {
      var item = document.createElement("li");
      item.textContent = url;
      list.appendChild(item);
    });
    scope.appendChild(list);
    added.push(list);
  }

  window.addEventListener("beforeprint", function () {
    if (added.length > 0 || marked.length > 0) {
      return;
    }
    document.querySelectorAll("details:not([open])").forEach(function (d) {
      d.open = true;
      opened.push(d);
    });
    document.querySelectorAll("pre").forEach(function (pre) {
      if (pre.textContent.split("\n").length > LONG_CODE_LINES) {
        [pre, pre.closest("figure")].forEach(function (e) {
          if (e && !e.classList.contains("print-long")) {
            e.classList.add("print-long");
            marked.push(e);
          }
        });
      }
    });
    document.querySelectorAll("article.question, .summary, article.prose").forEach(footnote);
  });

  window.addEventListener("afterprint", function () {
    added.forEach(function (e) { e.remove(); });
    opened.forEach(function (d) { d.open = false; });
    marked.forEach(function (e) { e.classList.remove("print-long"); });
    added = [];
    opened = [];
    marked = [];
  });
})();
