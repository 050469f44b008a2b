/*
 * studyguide multiple choice: the reader picks options of a question (fieldset.mc, question.ftlh) and
 * checks them; then each option picked is marked right or wrong, the right ones missed are named, the
 * explanations show (by the class "checked", study.css) and the result is announced (the set's
 * role="status" line). Practice mode (study.js), flashcards and the mock interview use it and decide what
 * a result counts for. Everything is inserted as text, never as HTML.
 */
(function () {
  'use strict';

  // The words in the guide's language (labels.js); a page without them shows each word's key.
  var labels = window.studyguideLabels || {t: String, n: String, list: String};

  function options(set) {
    return Array.prototype.slice.call(set.querySelectorAll('.mc-option'));
  }

  function input(option) {
    return option.querySelector('.mc-input');
  }

  /** Removes the marks of a check: the set reads as before it, the picks kept. */
  function clear(set) {
    set.classList.remove('checked');
    options(set).forEach(function (o) {
      o.classList.remove('mc-right', 'mc-wrong', 'mc-missed');
      var verdict = o.querySelector('.mc-verdict');
      if (verdict) {
        verdict.remove();
      }
    });
    set.querySelector('.mc-result').textContent = '';
  }

  /** Unpicks every option and removes the marks. */
  function reset(set) {
    clear(set);
    options(set).forEach(function (o) {
      input(o).checked = false;
    });
  }

  function verdict(option, className, symbol, words) {
    option.classList.add(className);
    var p = document.createElement('p');
    p.className = 'mc-verdict';
    var mark = document.createElement('span');
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = symbol + ' ';
    p.appendChild(mark);
    p.appendChild(document.createTextNode(words));
    option.querySelector('.mc-text').after(p);
  }

  /**
   * Marks the picks of a set right or wrong and announces the result. Returns {right, picked, correct}
   * (the letters), or null when nothing is picked (and says so).
   */
  function check(set) {
    clear(set);
    var picked = [];
    var correct = [];
    options(set).forEach(function (o) {
      var letter = o.getAttribute('data-letter');
      if (input(o).checked) {
        picked.push(letter);
      }
      if (o.getAttribute('data-correct') === 'true') {
        correct.push(letter);
      }
    });
    var result = set.querySelector('.mc-result');
    if (picked.length === 0) {
      result.textContent = labels.t(set.getAttribute('data-several') === 'true' ? 'mc_pick_several' : 'mc_pick_single');
      return null;
    }
    var right = picked.join() === correct.join();
    options(set).forEach(function (o) {
      var isPicked = input(o).checked;
      if (o.getAttribute('data-correct') === 'true') {
        if (isPicked) {
          verdict(o, 'mc-right', '✓', labels.t('mc_picked_right'));
        } else {
          verdict(o, 'mc-missed', '✓', labels.t('mc_missed'));
        }
      } else if (isPicked) {
        verdict(o, 'mc-wrong', '✗', labels.t('mc_picked_wrong'));
      }
    });
    set.classList.add('checked');
    // Counted by the right options, so that a language says "answer is" or "answers are" as it should.
    result.textContent = labels.n(right ? 'mc_result_right' : 'mc_result_wrong', correct.length,
        {letters: labels.list(correct), picked: labels.list(picked)});
    return {right: right, picked: picked, correct: correct};
  }

  /**
   * Makes a set work: "Check" checks it and hands the result to onResult; picking again after a check
   * starts over; a click anywhere on an option (not a link, not a selection of its text) picks it.
   */
  function wire(set, onResult) {
    set.querySelector('.mc-check').addEventListener('click', function () {
      var result = check(set);
      if (result !== null && onResult) {
        onResult(result);
      }
    });
    set.addEventListener('change', function () {
      if (set.classList.contains('checked')) {
        clear(set);
      }
    });
    options(set).forEach(function (o) {
      var box = input(o);
      // The option's text may hold code or a table, which a <label> cannot hold; so it is no label, and
      // a click on it picks the option here. A hidden input (reading mode) is not picked.
      o.addEventListener('click', function (e) {
        var selecting = String(window.getSelection ? window.getSelection() : '') !== '';
        if (e.target === box || e.target.closest('a, label, .mc-why') || selecting || box.getClientRects().length === 0) {
          return;
        }
        box.click();
        box.focus();
      });
    });
  }

  window.studyguideChoices = {wire: wire, check: check, clear: clear, reset: reset};
}());
