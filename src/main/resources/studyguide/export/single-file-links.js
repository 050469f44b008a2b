/* studyguide single file: links between pages lead to sections of this file. */
(function () {
  var targets = /*TARGETS*/;
  function local(href) {
    if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href)) return null;
    var hash = href.indexOf('#');
    var path = (hash < 0 ? href : href.slice(0, hash)).replace(/^(\.\.?\/)+/, '');
    var target = targets[path];
    if (!target) return null;
    return hash < 0 || hash === href.length - 1 ? target[0] : target[1] + href.slice(hash + 1);
  }
  window.addEventListener('click', function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    var link = event.target.closest && event.target.closest('a[href]');
    var id = link && local(link.getAttribute('href'));
    if (!id) return;
    event.preventDefault();
    if (location.hash === '#' + id) {
      var element = document.getElementById(id);
      if (element) element.scrollIntoView();
    } else {
      location.hash = id;
    }
  });
})();
