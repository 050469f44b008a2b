/* Puts the page in practice mode before it is first drawn, so answers never flash; study.js does the rest. */
(function () {
  'use strict';
  try {
    var guide = document.documentElement.getAttribute('data-guide');
    if (window.localStorage.getItem('studyguide:' + guide + ':mode') === 'practice') {
      document.documentElement.classList.add('practice');
    }
  } catch (e) {
    // No storage (disabled, or a private window): reading mode.
  }
}());
