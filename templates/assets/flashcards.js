/*
 * studyguide flashcards (flashcards.html): one question at a time over a filtered deck, reveal, grade,
 * next. Each grade is a review in the progress model (window.studyguideProgress, scheduled by FSRS), which
 * also says what is due and, with an interview date set, how many cards to study today. A
 * multiple-choice card is answered by picking and checking (window.studyguideChoices): a wrong pick
 * leaves only "Again". Everything is inserted as text, never as HTML; a question's prompt and options
 * come as rendered <template>s from its category's cards (window.studyguideCards, cards.js), loaded when
 * a card of that category is next, and copied as nodes.
 */
(function () {
  'use strict';

  var store = window.studyguideProgress;
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
  /** FSRS's grade for each button. */
  var GRADE = {again: 1, hard: 2, good: 3, easy: 4};
  /** Where a card graded "again" comes back in the same session: after this many other cards. */
  var AGAIN_AFTER = 3;

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
    var dateInput = document.getElementById('interview-date');
    var dateClear = document.getElementById('interview-date-clear');
    var dailyLine = document.getElementById('deck-daily');
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

    var number = new Map(questions.map(function (q, d) {
      return [q[0], d];
    }));

    /** The ids of the deck the filters choose, in the guide's order. */
    function deck() {
      var f = filters();
      var review = form.elements.review.checked;
      var result = [];
      for (var d = 0; d < questions.length; d++) {
        if (search.passes(d, f) && (!review || store.mark(questions[d][0]) === 'review')) {
          result.push(questions[d][0]);
        }
      }
      return result;
    }

    /**
     * Due cards first, the most overdue first, then new ones in guide order (with an interview date,
     * today's share of them); with all, or for the deck marked "Review again", every card, the soonest
     * due first.
     */
    function build(all) {
      var ids = deck();
      var plan = store.plan(ids, Date.now());
      var fresh = plan.daily !== null && plan.daily.daysLeft > 0 && !all ? plan.fresh.slice(0, plan.daily.fresh) : plan.fresh;
      var seen = plan.due;
      // The deck of questions marked "Review again" is asked for: it is due, whatever FSRS says.
      var review = form.elements.review.checked;
      if (all || review) {
        var entries = store.entries();
        seen = ids.filter(function (id) {
          return entries[id];
        }).sort(function (a, b) {
          return entries[a].due - entries[b].due;
        });
      }
      queue = seen.concat(fresh).map(function (id) {
        return number.get(id);
      });
      sessionSize = queue.length;
      reviewed = 0;
      return {due: review ? seen.length : plan.due.length, fresh: fresh.length,
        later: review ? 0 : plan.later + plan.fresh.length - fresh.length};
    }

    /** The daily line with an interview date: "23 today, 4 days left." */
    function showDaily() {
      var date = store.interviewDate();
      dateInput.value = date || '';
      dateClear.hidden = date === null;
      var daily = date === null ? null : store.plan(deck(), Date.now()).daily;
      dailyLine.hidden = daily === null;
      dailyLine.textContent = daily === null ? '' : daily.daysLeft === 0 ? labels.t('daily_past')
          : labels.t('daily_plan', {cards: labels.n('daily_cards', daily.today), days: labels.n('daily_days', daily.daysLeft)});
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
      return store.plan(deck(), Date.now()).next;
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

    /** A checked pick is a review (right good, wrong again) and opens the answer; the card's grade then replaces it. */
    function checked(id, result) {
      store.review(id, result.right ? 3 : 1, 'check');
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
      showDaily();
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
      store.review(id, GRADE[g], 'card', Date.now());
      reviewed++;
      if (g === 'again') {
        queue.splice(Math.min(AGAIN_AFTER, queue.length), 0, d);
        sessionSize++;
      }
      showDaily();
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

    dateInput.addEventListener('change', function () {
      // An empty or half-typed date is no date: the input says so itself, and nothing changes.
      if (dateInput.value !== '') {
        store.setInterviewDate(dateInput.value);
        start(false, false);
      }
    });
    dateClear.addEventListener('click', function () {
      store.setInterviewDate(null);
      start(false, false);
      dateInput.focus();
    });
    // A mark or a grade on another page of this guide changes the deck.
    store.onChange(function () {
      start(false, false);
    });

    start(false, false);
  }
}());
