// Added by `studyguide serve` to the pages it serves (never to the built files): reloads the page
// when the guide is rebuilt, and shows the build's problems over the page until they are fixed.
(function () {
  'use strict';
  var script = document.currentScript;
  var version = script ? script.getAttribute('data-version') : null;
  var panel = null;

  function show(problems) {
    if (!panel) {
      panel = document.createElement('section');
      panel.id = 'studyguide-problems';
      panel.setAttribute('role', 'alert');
      panel.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;' +
        'margin:0;padding:1rem 1.2rem;background:#1f2328;color:#ffebe9;border-top:4px solid #cf222e;' +
        'font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 -4px 16px rgba(0,0,0,.4)';
      document.body.appendChild(panel);
    }
    var title = document.createElement('p');
    title.style.cssText = 'margin:0 0 .5rem;font-weight:700;color:#fff';
    title.textContent = problems.length + (problems.length === 1 ? ' problem' : ' problems') +
      ' in the guide; this page shows the last good build and updates when you save a fix.';
    var list = document.createElement('pre');
    list.style.cssText = 'margin:0;white-space:pre-wrap;background:none;border:0;padding:0;color:inherit';
    // Problems name the author's files and text: always text, never HTML.
    list.textContent = problems.join('\n');
    panel.replaceChildren(title, list);
  }

  function hide() {
    if (panel) {
      panel.remove();
      panel = null;
    }
  }

  var events = new EventSource('/__studyguide/events');
  events.addEventListener('state', function (event) {
    var state = JSON.parse(event.data);
    if (state.problems.length > 0) {
      show(state.problems);
      return;
    }
    hide();
    if (state.version !== version) {
      location.reload();
    }
  });
})();
