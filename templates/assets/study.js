/*
 * studyguide study mode: the practice switch, "Show answer", the "I know this" / "Review again" marks,
 * picking the options of a multiple-choice question (assets/choices.js), and, on the home page, progress per category with export, import and reset.
 *
 * Progress lives in this browser's localStorage under "studyguide:<guide title>" (the mode under
 * "studyguide:<guide title>:mode"), so two guides opened from disk, which share one origin, keep theirs
 * apart. window.studyguideStore is the one place that reads and writes it (flashcards and the mock
 * interview use it too). Everything is inserted as text, never as HTML.
 */
(function () {
  'use strict';

  var root = document.documentElement;
  var guide = root.getAttribute('data-guide') || '';
  var KEY = 'studyguide:' + guide;
  var MODE_KEY = KEY + ':mode';
  var FORMAT = 'studyguide-progress';
  var MARKS = ['known', 'review'];
  // The index's questions (search.js): there from the start when the index is one file; a split index
  // is loaded only where it is needed (the home page's progress), so elsewhere it may never come.
  var search = window.studyguideSearch || null;
  var knownIds = null;
  // The words in the guide's language (labels.js); a page without them shows each word's key.
  var labels = window.studyguideLabels || {t: String, n: String};

  /** The ids of this guide's questions, or null while the index is not loaded. */
  function knownQuestions() {
    var data = search !== null ? search.loaded() : null;
    if (knownIds === null && data !== null) {
      knownIds = new Set(data.questions.map(function (q) {
        return q[0];
      }));
    }
    return knownIds;
  }

  // ---------------------------------------------------------------- the store

  function isObject(x) {
    return x !== null && typeof x === 'object' && !Array.isArray(x);
  }

  function isCard(c) {
    return isObject(c) && typeof c.ef === 'number' && c.ef >= 1.3 && c.ef <= 5
        && Number.isInteger(c.reps) && c.reps >= 0 && typeof c.interval === 'number' && c.interval >= 0
        && typeof c.due === 'number' && isFinite(c.due);
  }

  /** Only well-formed entries, and with the index loaded only this guide's questions. */
  function clean(state) {
    var ids = knownQuestions();
    var result = {marks: {}, cards: {}};
    if (!isObject(state)) {
      return result;
    }
    if (isObject(state.marks)) {
      Object.keys(state.marks).forEach(function (id) {
        if (MARKS.indexOf(state.marks[id]) >= 0 && (ids === null || ids.has(id))) {
          result.marks[id] = state.marks[id];
        }
      });
    }
    if (isObject(state.cards)) {
      Object.keys(state.cards).forEach(function (id) {
        var c = state.cards[id];
        if (isCard(c) && (ids === null || ids.has(id))) {
          result.cards[id] = {ef: c.ef, reps: c.reps, interval: c.interval, due: c.due};
        }
      });
    }
    return result;
  }

  function read() {
    try {
      return clean(JSON.parse(window.localStorage.getItem(KEY) || 'null'));
    } catch (e) {
      return {marks: {}, cards: {}};
    }
  }

  function write(state) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(state));
      return true;
    } catch (e) {
      return false;
    }
  }

  /** Reads, changes and writes back at once, so two open pages do not undo each other's changes. */
  function change(fn) {
    var state = read();
    fn(state);
    return write(state);
  }

  var store = {
    marks: function () {
      return read().marks;
    },
    /** Sets a question's mark ('known', 'review') or removes it (null). */
    mark: function (id, value) {
      return change(function (s) {
        if (value) {
          s.marks[id] = value;
        } else {
          delete s.marks[id];
        }
      });
    },
    cards: function () {
      return read().cards;
    },
    setCard: function (id, card) {
      return change(function (s) {
        s.cards[id] = card;
      });
    },
    practice: function () {
      try {
        return window.localStorage.getItem(MODE_KEY) === 'practice';
      } catch (e) {
        return false;
      }
    },
    setPractice: function (on) {
      try {
        if (on) {
          window.localStorage.setItem(MODE_KEY, 'practice');
        } else {
          window.localStorage.removeItem(MODE_KEY);
        }
      } catch (e) {
        // The mode then lasts for this page only.
      }
    },
    /** The progress as the text of a JSON file. */
    exportText: function () {
      var s = read();
      // The reader's notes (notes.js) travel with the progress: one file to carry to another browser.
      var notes = window.studyguideNotes ? window.studyguideNotes.all() : {};
      return JSON.stringify({format: FORMAT, version: 1, guide: guide, exported: new Date().toISOString(),
        marks: s.marks, cards: s.cards, notes: notes}, null, 2) + '\n';
    },
    /**
     * Merges a file made by exportText into the stored progress and notes (the file wins where both have
     * a question); returns {marks, cards, notes} counts, or throws an Error whose message can be shown.
     */
    importText: function (text) {
      var parsed;
      try {
        parsed = JSON.parse(text);
      } catch (e) {
        throw new Error(labels.t('progress_not_json'));
      }
      if (!isObject(parsed) || parsed.format !== FORMAT) {
        throw new Error(labels.t('progress_not_progress'));
      }
      var incoming = clean(parsed);
      var ok = change(function (s) {
        Object.keys(incoming.marks).forEach(function (id) {
          s.marks[id] = incoming.marks[id];
        });
        Object.keys(incoming.cards).forEach(function (id) {
          s.cards[id] = incoming.cards[id];
        });
      });
      var ids = knownQuestions();
      var notes = window.studyguideNotes ? window.studyguideNotes.merge(parsed.notes, function (id) {
        return ids === null || ids.has(id);
      }) : 0;
      if (!ok || notes < 0) {
        throw new Error(labels.t('progress_not_saved'));
      }
      return {marks: Object.keys(incoming.marks).length, cards: Object.keys(incoming.cards).length, notes: notes,
        otherGuide: typeof parsed.guide === 'string' && parsed.guide !== guide ? parsed.guide : null};
    },
    reset: function () {
      try {
        window.localStorage.removeItem(KEY);
      } catch (e) {
        // Nothing stored, nothing to reset.
      }
    },
    key: KEY
  };
  window.studyguideStore = store;

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
    var mark = store.marks()[article.id] || null;
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
        var current = store.marks()[article.id];
        store.mark(article.id, current === pair[1] ? null : pair[1]);
        showMarks(article);
      });
    });
    var options = article.querySelector('.mc');
    if (options && window.studyguideChoices) {
      // A checked pick counts as the marks do: right is "I know this", wrong is "Review again".
      window.studyguideChoices.wire(options, function (result) {
        store.mark(article.id, result.right ? 'known' : 'review');
        showMarks(article);
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
  }
  root.classList.add('study-ready');

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
    var marks = store.marks();
    var all = {total: 0, known: 0, review: 0};
    var perCategory = {};
    data.questions.forEach(function (q) {
      var c = data.categories[q[2]][0];
      var counts = perCategory[c] || (perCategory[c] = {total: 0, known: 0, review: 0});
      counts.total++;
      all.total++;
      if (marks[q[0]]) {
        counts[marks[q[0]]]++;
        all[marks[q[0]]]++;
      }
    });
    Array.prototype.forEach.call(document.querySelectorAll('.category-progress[data-category]'), function (p) {
      var counts = perCategory[p.getAttribute('data-category')];
      if (!counts) {
        return;
      }
      p.textContent = '';
      var bar = document.createElement('progress');
      bar.max = counts.total;
      bar.value = counts.known;
      bar.setAttribute('aria-hidden', 'true');
      var text = document.createElement('span');
      text.textContent = labels.t(counts.review > 0 ? 'category_to_review' : 'category_known',
          {known: counts.known, count: counts.total, review: counts.review});
      p.appendChild(bar);
      p.appendChild(text);
    });
    document.getElementById('study-summary').textContent = labels.n(all.review > 0 ? 'study_known_review' : 'study_known',
        all.total, {known: all.known, review: all.review});
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
        status.textContent = labels.t('progress_imported', {marks: labels.n('mark_count', counts.marks),
          cards: labels.n('flashcard_count', counts.cards), file: file.name})
            + (counts.notes > 0 ? ' ' + labels.n('notes_imported', counts.notes) : '')
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

  window.addEventListener('storage', function (e) {
    if (e.key === KEY) {
      showProgress();
    }
  });
  search.load(function (data) {
    if (data === null) {
      tools.hidden = true;
    } else {
      showProgress();
    }
  });
}());
