/* Highlights the page's code with Prism a few blocks per task, so that a page with many snippets never
   blocks the main thread for long (Prism is loaded with data-manual, so it does not highlight all at
   once). A task takes blocks until it has run for a few milliseconds, not one block each: every task
   that changes the page is followed by a rendering update, which on a page of a thousand questions costs
   more than highlighting a block (about 25 ms against 1), so one block per task kept such a page busy for
   half a minute. Printing highlights whatever is left first. */
(function () {
  if (!window.Prism) {
    return;
  }
  var BUDGET = 8; // milliseconds of highlighting per task
  var blocks = Array.prototype.slice.call(document.querySelectorAll('code[class*="language-"]'));
  // Prism reads a block's language from its class as letters, digits, '_' and '-' only: a fence written
  // ```c++ has the class language-c++, which the bundle registers as an alias; the block gets the class
  // of a name of the same language that Prism can read (language-cpp).
  function highlight(block) {
    var m = /(?:^|\s)language-(\S*[^\w\s-]\S*)/.exec(block.className);
    var grammar = m && window.Prism.languages[m[1]];
    if (grammar) {
      for (var name in window.Prism.languages) {
        if (window.Prism.languages[name] === grammar && /^[\w-]+$/.test(name)) {
          block.classList.remove('language-' + m[1]);
          block.classList.add('language-' + name);
          break;
        }
      }
    }
    window.Prism.highlightElement(block);
  }
  function next() {
    var start = performance.now();
    while (blocks.length > 0 && performance.now() - start < BUDGET) {
      highlight(blocks.shift());
    }
    if (blocks.length > 0) {
      setTimeout(next, 0);
    }
  }
  window.addEventListener('beforeprint', function () {
    while (blocks.length) {
      highlight(blocks.shift());
    }
  });
  next();
})();
