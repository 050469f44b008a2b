/* The sidebar (sidebar.ftlh). On a narrow screen it folds behind the header's menu button: the button
   opens and closes it, Escape closes it and returns to the button, and following a link in it closes it.
   On any screen the current category is scrolled into the sidebar's view, since with a hundred categories
   it may be far down the list, and on a category page the question in the address is marked. Without
   this script the sidebar is plain links and always open. */
(function () {
  'use strict';
  var sidebar = document.getElementById('sidebar');
  var button = document.getElementById('menu-button');
  if (!sidebar) {
    return;
  }

  function setOpen(open) {
    sidebar.classList.toggle('open', open);
    button.setAttribute('aria-expanded', String(open));
  }

  if (button) {
    button.addEventListener('click', function () {
      setOpen(button.getAttribute('aria-expanded') !== 'true');
    });
    sidebar.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && sidebar.classList.contains('open')) {
        e.preventDefault();
        setOpen(false);
        button.focus();
      }
    });
    // A link to a place on this page (a question of this category) leaves the page where it is: the
    // menu would otherwise stay open over the question it went to.
    sidebar.addEventListener('click', function (e) {
      if (e.target.closest('a')) {
        setOpen(false);
      }
    });
  }

  // On a category page the question the address points to (gsi.html#its-id) is the current place.
  function markQuestion() {
    Array.prototype.forEach.call(sidebar.querySelectorAll('.sidebar-questions a'), function (a) {
      var here = location.hash !== '' && a.hash === location.hash && a.pathname === location.pathname;
      if (here) {
        a.setAttribute('aria-current', 'location');
      } else if (a.getAttribute('aria-current') === 'location') {
        a.removeAttribute('aria-current');
      }
    });
  }
  markQuestion();
  window.addEventListener('hashchange', markQuestion);

  // Only the sidebar scrolls, never the page: scrollIntoView would move the page too.
  // The sidebar is the links' offset parent only where it is sticky (a wide screen); elsewhere it does
  // not scroll on its own, and the page stays at its top.
  var current = sidebar.querySelector('.sidebar-current > a');
  if (current && current.offsetParent === sidebar && current.offsetTop + current.offsetHeight > sidebar.clientHeight) {
    sidebar.scrollTop = current.offsetTop - sidebar.clientHeight / 4;
  }
}());
