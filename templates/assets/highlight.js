/* Highlights the page's code with Prism one block per task, so that a page with many snippets never
   blocks the main thread for long (Prism is loaded with data-manual, so it does not highlight all at
   once). Printing highlights whatever is left first. */
(function () {
  if (!window.Prism) {
    return;
  }
  var blocks = Array.prototype.slice.call(document.querySelectorAll('code[class*="language-"]'));
  function next() {
    var block = blocks.shift();
    if (block) {
      window.Prism.highlightElement(block);
      setTimeout(next, 0);
    }
  }
  window.addEventListener('beforeprint', function () {
    while (blocks.length) {
      window.Prism.highlightElement(blocks.shift());
    }
  });
  next();
})();
