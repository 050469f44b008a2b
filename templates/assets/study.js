/*
 * studyguide study mode: the practice switch, "Show answer", the "I know this" / "Review again" marks,
 * picking the options of a multiple-choice question (assets/choices.js), what is known, due, weak and not
 * seen yet on a category page and, per category, on the home page, with export, import, a progress link
 * and reset. The progress itself is assets/progress.js's (window.studyguideProgress). Everything is
 * inserted as text, never as HTML.
 */
(function () {
  'use strict';

  var root = document.documentElement;
  var guide = root.getAttribute('data-guide') || '';
  var store = window.studyguideProgress;
  // The index's questions (search.js): an index in one file comes soon after the page, as search.js
  // loads it; a split index is loaded only where it is needed (the home page's progress), so elsewhere
  // it may never come.
  var search = window.studyguideSearch || null;
  // The words in the guide's language (labels.js); a page without them shows each word's key.
  var labels = window.studyguideLabels || {t: String, n: String};
  /** The review each mark stands for: "I know this" is easy, "Review again" is again (FSRS grades 4 and 1). */
  var MARK_GRADE = {known: 4, review: 1};

  /** "3 known · 1 due · 2 to review again · 4 not seen yet" for the questions ids. */
  function countsText(ids) {
    var c = store.counts(ids);
    return labels.t('progress_counts', {known: c.known, due: c.due, weak: c.weak, fresh: c.fresh});
  }

  // ---------------------------------------------------------------- pages with questions

  var articles = Array.prototype.slice.call(document.querySelectorAll('article.question'));
  var bars = new Map();

  function practising() {
    return root.classList.contains('practice');
  }

  function setRevealed(article, on) {
    article.classList.toggle('revealed', on);
    var show = bars.get(article).show;
    show.textContent = labels.t(on ? 'hide_answer' : 'show_answer');
    show.setAttribute('aria-expanded', String(on || !practising()));
  }

  function showMarks(article) {
    var mark = store.mark(article.id);
    var bar = bars.get(article);
    bar.known.setAttribute('aria-pressed', String(mark === 'known'));
    bar.review.setAttribute('aria-pressed', String(mark === 'review'));
    article.classList.toggle('marked-known', mark === 'known');
    article.classList.toggle('marked-review', mark === 'review');
  }

  /** Wires up the question's study bar, which the page has from the start (question.ftlh). */
  function addBar(article) {
    var bar = article.querySelector('.study-bar');
    var show = bar && bar.querySelector('.show-answer');
    var known = bar && bar.querySelector('.mark-known');
    var review = bar && bar.querySelector('.mark-review');
    if (!show || !known || !review || !article.querySelector('.question-body')) {
      return;
    }
    bars.set(article, {show: show, known: known, review: review});

    show.addEventListener('click', function () {
      setRevealed(article, !article.classList.contains('revealed'));
    });
    [[known, 'known'], [review, 'review']].forEach(function (pair) {
      pair[0].addEventListener('click', function () {
        if (store.mark(article.id) === pair[1]) {
          store.unmark(article.id);
        } else {
          store.review(article.id, MARK_GRADE[pair[1]], 'mark');
        }
        showMarks(article);
        showCategoryProgress();
      });
    });
    var options = article.querySelector('.mc');
    if (options && window.studyguideChoices) {
      // A checked pick is a review: right is good, wrong is again (and so "Review again").
      window.studyguideChoices.wire(options, function (result) {
        store.review(article.id, result.right ? 3 : 1, 'choice');
        showMarks(article);
        showCategoryProgress();
      });
    }
    setRevealed(article, false);
    showMarks(article);
  }

  function setPractice(on) {
    root.classList.toggle('practice', on);
    store.setPractice(on);
    document.getElementById('practice-switch').setAttribute('aria-checked', String(on));
    articles.forEach(function (a) {
      setRevealed(a, false);
      var options = a.querySelector('.mc');
      if (options && window.studyguideChoices) {
        window.studyguideChoices.reset(options);
      }
    });
  }

  /** A deep link to a question, or to anything inside one, shows that question's answer. */
  function revealTarget(scroll) {
    var id;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (e) {
      return;
    }
    var target = id === '' ? null : document.getElementById(id);
    var article = target ? target.closest('article.question') : null;
    if (article && bars.has(article)) {
      var wasHidden = practising() && !article.classList.contains('revealed');
      setRevealed(article, true);
      if (scroll && wasHidden && target !== article) {
        target.scrollIntoView();
      }
    }
  }

  if (articles.length > 0) {
    articles.forEach(addBar);
    var practiceSwitch = document.getElementById('practice-switch');
    if (practiceSwitch) {
      practiceSwitch.setAttribute('aria-checked', String(practising()));
      practiceSwitch.addEventListener('click', function () {
        setPractice(!practising());
      });
    }
    revealTarget(true);
    window.addEventListener('hashchange', function () {
      revealTarget(true);
    });
    store.onChange(function () {
      bars.forEach(function (bar, article) {
        showMarks(article);
      });
      showCategoryProgress();
    });
  }
  showCategoryProgress();
  root.classList.add('study-ready');

  /** A category page's line of what is known, due, weak and not seen yet among its questions. */
  function showCategoryProgress() {
    var line = document.getElementById('category-progress');
    if (line) {
      line.textContent = countsText(articles.map(function (a) {
        return a.id;
      }));
    }
  }

  // ---------------------------------------------------------------- the home page

  var tools = document.getElementById('study-tools');
  if (!tools || search === null) {
    if (tools) {
      tools.hidden = true; // shown from the first paint (.needs-js), but it cannot count without the index
    }
    return;
  }
  var status = document.getElementById('study-status');

  function showProgress() {
    var data = search.loaded();
    if (data === null) {
      return;
    }
    var perCategory = {};
    var all = data.questions.map(function (q) {
      var c = data.categories[q[2]][0];
      (perCategory[c] || (perCategory[c] = [])).push(q[0]);
      return q[0];
    });
    Array.prototype.forEach.call(document.querySelectorAll('.category-progress[data-category]'), function (p) {
      var ids = perCategory[p.getAttribute('data-category')];
      if (!ids) {
        return;
      }
      p.textContent = '';
      var bar = document.createElement('progress');
      bar.max = ids.length;
      bar.value = store.counts(ids).known;
      bar.setAttribute('aria-hidden', 'true');
      var text = document.createElement('span');
      text.textContent = countsText(ids);
      p.appendChild(bar);
      p.appendChild(text);
    });
    document.getElementById('study-summary').textContent = labels.n('study_known', all.length,
        {known: store.counts(all).known});
  }

  document.getElementById('progress-export').addEventListener('click', function () {
    var blob = new Blob([store.exportText()], {type: 'application/json'});
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = (guide.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'guide') + '-progress.json';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () {
      URL.revokeObjectURL(link.href);
    }, 1000);
    status.textContent = labels.t('progress_exported', {file: link.download});
  });

  var importInput = document.getElementById('progress-import');
  importInput.addEventListener('change', function () {
    var file = importInput.files[0];
    if (!file) {
      return;
    }
    var reader = new FileReader();
    reader.onload = function () {
      try {
        var counts = store.importText(String(reader.result));
        status.textContent = labels.t('progress_imported', {questions: labels.n('question_count', counts.questions),
          file: file.name}) + (counts.notes > 0 ? ' ' + labels.n('notes_imported', counts.notes) : '')
            + (counts.otherGuide ? ' ' + labels.t('progress_other_guide', {guide: counts.otherGuide}) : '');
      } catch (e) {
        status.textContent = labels.t('progress_not_imported', {reason: e.message});
      }
      importInput.value = '';
      showProgress();
    };
    reader.onerror = function () {
      status.textContent = labels.t('progress_not_imported', {reason: labels.t('progress_unreadable')});
    };
    reader.readAsText(file);
  });

  document.getElementById('progress-reset').addEventListener('click', function () {
    if (window.confirm(labels.t('progress_reset_confirm'))) {
      store.reset();
      status.textContent = labels.t('progress_reset_done');
      showProgress();
    }
  });

  // ---------------------------------------------------------------- the progress link

  var codeBox = document.getElementById('progress-code-box');
  var codeField = document.getElementById('progress-link');
  var PREFIX = '#progress=';

  document.getElementById('progress-code').addEventListener('click', function () {
    window.studyguideProgressLink.code().then(function (code) {
      codeField.value = location.href.replace(/#.*$/, '') + PREFIX + code;
      codeBox.hidden = false;
      codeField.focus();
      codeField.select();
    });
  });

  document.getElementById('progress-link-copy').addEventListener('click', function () {
    codeField.select();
    var copied = navigator.clipboard ? navigator.clipboard.writeText(codeField.value)
        : Promise.resolve(document.execCommand('copy'));
    copied.then(function () {
      status.textContent = labels.t('progress_link_copied');
    }, function () {
      // The field's text is selected: the reader can copy it by hand.
    });
  });

  /** A link made by "Progress link" carries the progress in its fragment, which no browser sends anywhere. */
  function offerLinkedProgress() {
    var incoming = document.getElementById('progress-link-found');
    if (location.hash.indexOf(PREFIX) !== 0) {
      incoming.hidden = true;
      return;
    }
    var code = location.hash.slice(PREFIX.length);
    incoming.hidden = false;
    document.getElementById('progress-link-import').onclick = function () {
      window.studyguideProgressLink.read(code).then(function (counts) {
        status.textContent = labels.t('progress_imported_link', {questions: labels.n('question_count', counts.questions)})
            + (counts.otherGuide ? ' ' + labels.t('progress_other_guide', {guide: counts.otherGuide}) : '');
      }, function (e) {
        status.textContent = labels.t('progress_not_imported', {reason: e.message});
      }).then(function () {
        incoming.hidden = true;
        try {
          history.replaceState(history.state, '', location.pathname + location.search);
        } catch (e) {
          // The fragment stays; importing it again changes nothing.
        }
        showProgress();
      });
    };
  }
  offerLinkedProgress();
  window.addEventListener('hashchange', offerLinkedProgress);

  store.onChange(showProgress);
  search.load(function (data) {
    if (data === null) {
      tools.hidden = true;
    } else {
      showProgress();
    }
  });
}());
