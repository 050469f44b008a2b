/* A "Copy" button on every code block: it copies the code as text (without the highlighting's markup)
   and says so in a live region, so a screen reader announces the result. The buttons are added in one
   pass that only writes to the page, so a category page of a thousand blocks is laid out once. Without
   JavaScript the code is still there to select. */
(function () {
  'use strict';
  var labels = window.studyguideLabels || {t: String};
  var blocks = document.querySelectorAll('main pre > code');
  if (blocks.length === 0) {
    return;
  }
  var status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.id = 'copy-status';
  document.body.appendChild(status);

  function say(text) {
    // The same words twice in a row are announced again only if the region changes in between.
    status.textContent = '';
    setTimeout(function () {
      status.textContent = text;
    }, 50);
  }

  // The older way, for a page the Clipboard API refuses (an insecure context, or no permission).
  function copyBySelection(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.appendChild(area);
    area.select();
    var done = false;
    try {
      done = document.execCommand('copy');
    } catch (e) {
      done = false;
    }
    area.remove();
    return done;
  }

  function copy(button, code) {
    var text = code.textContent;
    function result(done) {
      button.classList.toggle('copied', done);
      say(labels.t(done ? 'copy_code_done' : 'copy_code_failed'));
      setTimeout(function () {
        button.classList.remove('copied');
      }, 2000);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () {
        result(true);
      }, function () {
        result(copyBySelection(text));
      });
    } else {
      result(copyBySelection(text));
    }
  }

  Array.prototype.forEach.call(blocks, function (code) {
    var pre = code.parentNode;
    var box = document.createElement('div');
    box.className = 'code-box';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = labels.t('copy_code');
    button.addEventListener('click', function () {
      copy(button, code);
    });
    pre.parentNode.insertBefore(box, pre);
    box.appendChild(pre);
    box.appendChild(button);
  });
}());
