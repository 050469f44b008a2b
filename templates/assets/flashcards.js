/*
 * studyguide flashcards (flashcards.html): one question at a time over a filtered deck, reveal, grade,
 * next, scheduled by a spaced-repetition rule (SM-2, with the grade scaling the interval) and kept in
 * this browser through window.studyguideStore. A multiple-choice card is answered by picking and
 * checking (window.studyguideChoices): a right pick marks the question known, a wrong one marks it for
 * review and leaves only "Again". Everything is inserted as text, never as HTML; a question's prompt
 * and options come as rendered <template>s from its category's cards (window.studyguideCards, cards.js),
 * loaded when a card of that category is next, and copied as nodes.
 */
(function () {
  'use strict';

  var store = window.studyguideStore;
  // The words in the guide's language (labels.js); a page without them shows each word's key.
  var labels = window.studyguideLabels || {t: String, n: String};
  var search = window.studyguideSearch;
  var app = document.getElementById('flashcards');
  if (!store || !search || !app) {
    if (app) {
      app.hidden = true; // shown from the first paint (.needs-js), but it cannot work without the index
    }
    return;
  }

  var MINUTE = 60 * 1000;
  var DAY = 24 * 60 * MINUTE;
  /** SM-2's quality of recall for each button. */
  var QUALITY = {again: 1, hard: 3, good: 4, easy: 5};
  /** How much the grade stretches SM-2's interval, so that hard cards come back sooner than good ones. */
  var STRETCH = {3: 0.5, 4: 1, 5: 1.5};
  /** Where a card graded "again" comes back in the same session: after this many other cards. */
  var AGAIN_AFTER = 3;

  /**
   * The next state of a card ({ef, reps, interval (days), due (ms)}; null for a new card) graded
   * 'again', 'hard', 'good' or 'easy' at time now. SM-2: the ease factor moves by
   * 0.1 - (5 - q)(0.08 + (5 - q) 0.02) and never falls below 1.3; a failed card starts over; a recalled
   * one waits 1 day, then 6, then the last interval times the ease, stretched by the grade.
   */
  function schedule(card, grade, now) {
    var q = QUALITY[grade];
    var c = card ? {ef: card.ef, reps: card.reps, interval: card.interval} : {ef: 2.5, reps: 0, interval: 0};
    c.ef = Math.max(1.3, Math.round((c.ef + 0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)) * 1000) / 1000);
    if (q < 3) {
      c.reps = 0;
      c.interval = 0;
      c.due = now;
      return c;
    }
    c.reps += 1;
    var base = c.reps === 1 ? 1 : c.reps === 2 ? 6 : c.interval * c.ef;
    c.interval = Math.round(base * STRETCH[q] * 100) / 100;
    c.due = now + Math.round(c.interval * DAY);
    return c;
  }

  window.studyguideFlashcards = {schedule: schedule};

  // The deck comes from the search index: there at once when it is one file, loaded when it is split.
  search.load(function (data) {
    if (data === null) {
      app.hidden = true;
    } else {
      deck(data);
    }
  });

  // ---------------------------------------------------------------- the page

  /** Sets the page up over the index's data: filters, deck and card. */
  function deck(data) {
    var questions = data.questions;
    var form = document.getElementById('deck-filters');
    var status = document.getElementById('deck-status');
    var cardView = document.getElementById('card');
    var meta = document.getElementById('card-meta');
    var title = document.getElementById('card-question');
    var front = document.getElementById('card-front');
    var gradePrompt = document.getElementById('grade-prompt');
    var choices = window.studyguideChoices || null;
    var cardSource = window.studyguideCards || null;
    var reveal = document.getElementById('card-reveal');
    var answer = document.getElementById('card-answer');
    var points = document.getElementById('card-points');
    var link = document.getElementById('card-link');
    var again = document.getElementById('deck-again');
    var root = link.getAttribute('href').replace(/index\.html$/, '');

    function option(select, value, label) {
      var o = document.createElement('option');
      o.value = value;
      o.textContent = label;
      select.appendChild(o);
    }
    data.categories.forEach(function (c) {
      option(form.elements.category, c[0], c[1]);
    });
    data.levels.forEach(function (l) {
      option(form.elements.level, l[0], l[1]);
    });
    var tags = new Set();
    questions.forEach(function (q) {
      q[4].forEach(function (t) {
        tags.add(t);
      });
    });
    Array.from(tags).sort().forEach(function (t) {
      option(form.elements.tag, t, t);
    });

    var params = new URLSearchParams(location.search);
    ['category', 'level', 'tag'].forEach(function (name) {
      var value = params.get(name) || '';
      if (Array.prototype.some.call(form.elements[name].options, function (o) {
        return o.value === value;
      })) {
        form.elements[name].value = value;
      }
    });
    form.elements.review.checked = params.get('review') === '1';

    var queue = [];
    var sessionSize = 0;
    var reviewed = 0;

    function filters() {
      return {category: form.elements.category.value, level: form.elements.level.value, tag: form.elements.tag.value};
    }

    /** The question numbers of the deck the filters choose. */
    function deck() {
      var f = filters();
      var marks = form.elements.review.checked ? store.marks() : null;
      var result = [];
      for (var d = 0; d < questions.length; d++) {
        if (search.passes(d, f) && (marks === null || marks[questions[d][0]] === 'review')) {
          result.push(d);
        }
      }
      return result;
    }

    /** Due cards first, the most overdue first, then new ones in guide order; with all, every card. */
    function build(all) {
      var now = Date.now();
      var cards = store.cards();
      var due = [];
      var fresh = [];
      var later = 0;
      deck().forEach(function (d) {
        var card = cards[questions[d][0]];
        if (!card) {
          fresh.push(d);
        } else if (all || card.due <= now) {
          due.push(d);
        } else {
          later++;
        }
      });
      due.sort(function (a, b) {
        return cards[questions[a][0]].due - cards[questions[b][0]].due || a - b;
      });
      queue = due.concat(fresh);
      sessionSize = queue.length;
      reviewed = 0;
      return {due: due.length, fresh: fresh.length, later: later};
    }

    function inWords(ms) {
      if (ms < 60 * MINUTE) {
        return labels.n('minute_count', Math.max(1, Math.round(ms / MINUTE)));
      }
      if (ms < DAY) {
        return labels.n('hour_count', Math.round(ms / (60 * MINUTE)));
      }
      return labels.n('day_count', Math.round(ms / DAY));
    }

    function nextDue() {
      var cards = store.cards();
      var next = null;
      deck().forEach(function (d) {
        var card = cards[questions[d][0]];
        if (card && (next === null || card.due < next)) {
          next = card.due;
        }
      });
      return next;
    }

    /** The cards (prompts and options) of the category of question number d, by question id. */
    function cardsOf(d) {
      return cardSource === null ? Promise.resolve(new Map())
          : cardSource.load([data.categories[questions[d][2]][0]]);
    }

    /** Copies the question's prompt and options onto the card; returns its options (fieldset.mc), or null. */
    function showFront(id, template) {
      front.textContent = '';
      if (template && template.content) {
        front.appendChild(template.content.cloneNode(true));
        if (window.Prism) {
          window.Prism.highlightAllUnder(front);
        }
      }
      var options = choices === null ? null : front.querySelector('.mc');
      if (options) {
        choices.wire(options, function (result) {
          checked(id, result);
        });
      }
      return options;
    }

    /** Which grades can be given: all of them, or only "again" after a wrong pick. */
    function offerGrades(all) {
      Array.prototype.forEach.call(app.querySelectorAll('[data-grade]'), function (b) {
        b.hidden = !all && b.getAttribute('data-grade') !== 'again';
      });
      gradePrompt.textContent = labels.t(all ? 'grade_prompt' : 'grade_after_wrong');
    }

    /** A checked pick counts as the marks do, and opens the answer to grade the card. */
    function checked(id, result) {
      store.mark(id, result.right ? 'known' : 'review');
      offerGrades(result.right);
      answer.hidden = false;
      reveal.setAttribute('aria-expanded', 'true');
    }

    // The number of the last card asked for, and whether its cards are still loading: a card that arrives
    // after another was asked for is dropped, and no grade counts while the next card is on its way.
    var showing = 0;
    var pending = false;

    /** Shows the first card of the queue once its category's cards are there, and fetches the next one's. */
    function show(focus) {
      var token = ++showing;
      if (queue.length === 0) {
        pending = false;
        render(focus, null);
        return;
      }
      pending = true;
      cardsOf(queue[0]).then(function (fronts) {
        if (token === showing) {
          pending = false;
          render(focus, fronts.get(questions[queue[0]][0]) || null);
        }
      });
      if (queue.length > 1) {
        cardsOf(queue[1]);
      }
    }

    function render(focus, template) {
      if (queue.length === 0) {
        cardView.hidden = true;
        var size = deck().length;
        var next = nextDue();
        status.textContent = size === 0 ? labels.t('deck_empty')
            : (reviewed > 0 ? labels.t('deck_done', {cards: labels.n('card_count', reviewed)}) + ' ' : '')
              + (next === null ? labels.t('deck_nothing_due') : labels.t('deck_next_due', {time: inWords(next - Date.now())}));
        again.hidden = size === 0;
        if (focus && !again.hidden) {
          // The card that had focus is gone: on to "Study all these cards now".
          again.querySelector('button').focus();
        }
        return;
      }
      again.hidden = true;
      var q = questions[queue[0]];
      meta.textContent = data.categories[q[2]][1] + (q[3] >= 0 ? ' · ' + data.levels[q[3]][1] : '')
          + ' · ' + labels.t('deck_card_of', {n: Math.min(reviewed + 1, sessionSize), count: sessionSize});
      title.textContent = '';
      title.appendChild(search.title(q));
      var options = showFront(q[0], template);
      offerGrades(true);
      points.textContent = '';
      // A multiple-choice question's answer is its options: without key points it needs no word about them.
      points.hidden = options !== null && q[5].length === 0;
      if (q[5].length === 0 && options === null) {
        var none = document.createElement('li');
        none.textContent = labels.t('deck_no_key_points');
        points.appendChild(none);
      }
      q[5].forEach(function (p) {
        var li = document.createElement('li');
        li.textContent = p;
        points.appendChild(li);
      });
      link.href = root + search.questionHref(q);
      answer.hidden = true;
      reveal.hidden = options !== null;
      reveal.setAttribute('aria-expanded', 'false');
      cardView.hidden = false;
      if (focus) {
        focusCard();
      }
    }

    /** Focus on a new card: "Show answer", or for a card to answer by picking its question (read out; Tab reaches the options). */
    function focusCard() {
      (reveal.hidden ? title : reveal).focus();
    }

    /** Starts a session over the deck (every card with all), focusing its first card with focus. */
    function start(all, focus) {
      var counts = build(all);
      var cards = labels.n('card_count', sessionSize);
      status.textContent = all ? labels.t('deck_studying_all', {cards: cards})
          : sessionSize === 0 ? '' : labels.t(counts.later > 0 ? 'deck_to_study_later' : 'deck_to_study',
            {cards: cards, due: counts.due, fresh: counts.fresh, later: counts.later});
      show(focus);
    }

    function showAnswer() {
      if (pending) {
        return;
      }
      answer.hidden = false;
      reveal.hidden = true;
      reveal.setAttribute('aria-expanded', 'true');
      answer.tabIndex = -1;
      answer.focus();
    }

    function grade(g) {
      if (pending || queue.length === 0 || answer.hidden || app.querySelector('[data-grade=' + g + ']').hidden) {
        return;
      }
      var d = queue.shift();
      var id = questions[d][0];
      store.setCard(id, schedule(store.cards()[id] || null, g, Date.now()));
      reviewed++;
      if (g === 'again') {
        queue.splice(Math.min(AGAIN_AFTER, queue.length), 0, d);
        sessionSize++;
      }
      show(true);
    }

    reveal.addEventListener('click', showAnswer);
    Array.prototype.forEach.call(app.querySelectorAll('[data-grade]'), function (b) {
      b.addEventListener('click', function () {
        grade(b.getAttribute('data-grade'));
      });
    });
    document.getElementById('study-all').addEventListener('click', function () {
      start(true, true);
    });
    document.addEventListener('keydown', function (e) {
      var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName) || e.target.isContentEditable;
      if (typing || e.ctrlKey || e.metaKey || e.altKey || answer.hidden || cardView.hidden) {
        return;
      }
      var g = {1: 'again', 2: 'hard', 3: 'good', 4: 'easy'}[e.key];
      if (g) {
        e.preventDefault();
        grade(g);
      }
    });
    form.addEventListener('change', function () {
      var p = new URLSearchParams();
      ['category', 'level', 'tag'].forEach(function (name) {
        if (form.elements[name].value !== '') {
          p.set(name, form.elements[name].value);
        }
      });
      if (form.elements.review.checked) {
        p.set('review', '1');
      }
      var query = p.toString();
      try {
        history.replaceState(history.state, '', location.pathname + (query === '' ? '' : '?' + query));
      } catch (e) {
        // The deck still changes; it just is not in the URL.
      }
      start(false, false);
    });
    form.addEventListener('submit', function (e) {
      e.preventDefault();
    });

    start(false, false);
  }
}());
