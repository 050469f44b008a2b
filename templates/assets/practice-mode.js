/*
 * Runs in <head>, before the page is first drawn. Marks the page as scripted (class "js" on <html>), so
 * the tools that need JavaScript (.needs-js: the search box, the practice switch, the study bars) show
 * from the first paint rather than appear later and move the page; and puts the page in practice mode,
 * so answers never flash. study.js does the rest.
 */
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  try {
    var guide = document.documentElement.getAttribute('data-guide');
    if (window.localStorage.getItem('studyguide:' + guide + ':mode') === 'practice') {
      document.documentElement.classList.add('practice');
    }
  } catch (e) {
    // No storage (disabled, or a private window): reading mode.
  }
}());
