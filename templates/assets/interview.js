/*
 * studyguide mock interview (interview.html): pick categories, levels and a count; get that many random
 * questions one at a time with a clock per question; at the end, the key points of each as a checklist
 * to grade yourself. A multiple-choice question is answered by picking (window.studyguideChoices). The
 * pick and the ticked key points are a review of the question in the progress model
 * (window.studyguideProgress); nothing else of an interview is stored.
 * Everything is inserted as text, never as HTML; a question's prompt and options come as rendered
 * <template>s from the cards of its category (window.studyguideCards, cards.js), loaded for the questions
 * asked when the interview starts, and copied as nodes.
 */
(function () {
  'use strict';

  var search = window.studyguideSearch;
  var app = document.getElementById('interview');
  // The words in the guide's language (labels.js); a page without them shows each word's key.
  var labels = window.studyguideLabels || {t: String, n: String, list: String};
  if (!search || !app) {
    if (app) {
      app.hidden = true; // shown from the first paint (.needs-js), but it cannot work without the index
    }
    return;
  }

  // The questions come from the search index: there at once when it is one file, loaded when it is split.
  search.load(function (data) {
    if (data === null) {
      app.hidden = true;
    } else {
      interview(data);
    }
  });

  /** Sets the page up over the index's data: choices, questions, clock and checklist. */
  function interview(data) {
    var questions = data.questions;
    var NO_LEVEL = '-';
    // A choice of at most this many questions (about a category of a large bank) has its cards loaded
    // while the reader sets up, so that the interview starts at once; a larger one loads those of the
    // questions asked when it starts.
    var PRELOAD_UP_TO = 200;
    var setup = document.getElementById('interview-setup');
    var countInput = document.getElementById('interview-count');
    var available = document.getElementById('interview-available');
    var startButton = document.getElementById('interview-start');
    var questionView = document.getElementById('interview-question');
    var progress = document.getElementById('interview-progress');
    var title = document.getElementById('interview-title');
    var meta = document.getElementById('interview-meta');
    var front = document.getElementById('interview-front');
    var choices = window.studyguideChoices || null;
    var cardSource = window.studyguideCards || null;
    // The prompts and options of the questions asked, by question id, once loaded.
    var fronts = new Map();
    var store = window.studyguideProgress || null;
    var timer = document.getElementById('interview-timer');
    var next = document.getElementById('interview-next');
    var result = document.getElementById('interview-result');
    var score = document.getElementById('interview-score');
    var answers = document.getElementById('interview-answers');
    var root = (document.getElementById('search') || document.documentElement).getAttribute('data-root') || '';

    function checkbox(container, name, value, label, checked) {
      var wrapper = document.createElement('label');
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = checked;
      wrapper.appendChild(box);
      wrapper.appendChild(document.createTextNode(' ' + label));
      container.appendChild(wrapper);
    }

    // Choices, preset from the URL (?category=gsi&level=basic&count=5); none named (or none known) means all.
    var params = new URLSearchParams(location.search);
    var wantCategories = params.getAll('category').filter(function (id) {
      return data.categories.some(function (c) {
        return c[0] === id;
      });
    });
    var wantLevels = params.getAll('level').filter(function (id) {
      return id === NO_LEVEL || data.levels.some(function (l) {
        return l[0] === id;
      });
    });
    data.categories.forEach(function (c) {
      checkbox(document.getElementById('interview-categories'), 'category', c[0], c[1],
          wantCategories.length === 0 || wantCategories.indexOf(c[0]) >= 0);
    });
    var levelBox = document.getElementById('interview-levels');
    // A guide without levels hides their choice (interview.ftlh), so the words ask for a category only.
    var withLevels = !levelBox.closest('fieldset').hidden;
    data.levels.forEach(function (l) {
      checkbox(levelBox, 'level', l[0], l[1], wantLevels.length === 0 || wantLevels.indexOf(l[0]) >= 0);
    });
    if (questions.some(function (q) {
      return q[3] < 0;
    })) {
      checkbox(levelBox, 'level', NO_LEVEL, labels.t('interview_no_level'), wantLevels.length === 0 || wantLevels.indexOf(NO_LEVEL) >= 0);
    }
    if (/^[1-9][0-9]*$/.test(params.get('count') || '')) {
      countInput.value = params.get('count');
    }

    function chosen(name) {
      return Array.prototype.filter.call(setup.querySelectorAll('input[name=' + name + ']'), function (b) {
        return b.checked;
      }).map(function (b) {
        return b.value;
      });
    }

    /** The question numbers the choices allow. */
    function pool() {
      var categories = chosen('category');
      var levels = chosen('level');
      var result = [];
      questions.forEach(function (q, d) {
        var level = q[3] < 0 ? NO_LEVEL : data.levels[q[3]][0];
        if (categories.indexOf(data.categories[q[2]][0]) >= 0 && levels.indexOf(level) >= 0) {
          result.push(d);
        }
      });
      return result;
    }

    function count() {
      var n = parseInt(countInput.value, 10);
      return isNaN(n) || n < 1 ? 0 : n;
    }

    /** The ids of the categories of these question numbers, each once. */
    function categoriesOf(numbers) {
      var ids = [];
      numbers.forEach(function (d) {
        var id = data.categories[questions[d][2]][0];
        if (ids.indexOf(id) < 0) {
          ids.push(id);
        }
      });
      return ids;
    }

    /** The cards of these question numbers' categories; loaded once, so a second call for them is at once. */
    function cardsOf(numbers) {
      return cardSource === null ? Promise.resolve(new Map()) : cardSource.load(categoriesOf(numbers));
    }

    function showAvailable() {
      var candidates = pool();
      var n = candidates.length;
      if (n <= PRELOAD_UP_TO) {
        cardsOf(candidates);
      }
      var wanted = count();
      available.textContent = n === 0 ? labels.t(withLevels ? 'interview_none' : 'interview_none_no_levels')
          : labels.n(wanted > n ? 'interview_match_fewer' : 'interview_match', n);
      startButton.disabled = n === 0 || wanted === 0;
    }

    var asked = [];
    var current = -1;
    var started = 0;
    var ticking = null;

    function clock(ms) {
      var seconds = Math.floor(ms / 1000);
      var minutes = Math.floor(seconds / 60);
      return minutes + ':' + String(seconds % 60).padStart(2, '0');
    }

    function tick() {
      timer.textContent = clock(Date.now() - started);
    }

    /** A random sample of n, in random order (Fisher–Yates). */
    function sample(items, n) {
      var a = items.slice();
      for (var i = a.length - 1; i > 0; i--) {
        var j = Math.floor(Math.random() * (i + 1));
        var t = a[i];
        a[i] = a[j];
        a[j] = t;
      }
      return a.slice(0, n);
    }

    /** The template with a question's prompt and options, or null. */
    function frontOf(q) {
      var template = fronts.get(q[0]);
      return template && template.content ? template : null;
    }

    /** The letters of a question's right options (none when it has no options). */
    function rightLetters(q) {
      var template = frontOf(q);
      return template === null ? [] : Array.prototype.map.call(
          template.content.querySelectorAll('.mc-option[data-correct="true"]'), function (o) {
            return o.getAttribute('data-letter');
          });
    }

    /**
     * The self-grade of a question as a review (FSRS grade 1-4): a wrong pick is again; then the share of
     * key points ticked: none again, under half hard, under all good, all easy; a right pick alone is good.
     */
    function selfGrade(a) {
      if (a.result && !a.result.right) {
        return 1;
      }
      if (a.boxes && a.ticked) {
        var ticked = a.boxes.filter(function (b) {
          return b.checked;
        }).length;
        var share = ticked / a.boxes.length;
        return ticked === 0 ? 1 : share < 0.5 ? 2 : share < 1 ? 3 : 4;
      }
      return a.result ? 3 : 0;
    }

    /** A review of the question, replacing the one this interview gave it before. */
    function record(a) {
      var grade = selfGrade(a);
      if (store !== null && grade > 0) {
        store.review(questions[a.d][0], grade, 'interview');
      }
    }

    /** Copies the question's prompt and options in, and makes the options work. */
    function showFront(a) {
      front.textContent = '';
      var template = frontOf(questions[a.d]);
      if (template !== null) {
        front.appendChild(template.content.cloneNode(true));
        if (window.Prism) {
          window.Prism.highlightAllUnder(front);
        }
      }
      var options = choices === null ? null : front.querySelector('.mc');
      if (options) {
        choices.wire(options, function (result) {
          a.result = result;
          record(a);
        });
      }
    }

    /** Leaving a question with options picked but not checked counts the picks as the answer. */
    function leave() {
      var options = front.querySelector('.mc');
      if (current >= 0 && choices !== null && options && !options.classList.contains('checked')) {
        var picked = options.querySelector('.mc-input:checked');
        if (picked) {
          asked[current].result = choices.check(options);
          record(asked[current]);
        }
      }
    }

    function ask(i) {
      current = i;
      var q = questions[asked[i].d];
      showFront(asked[i]);
      progress.textContent = labels.t('interview_progress', {n: i + 1, count: asked.length});
      title.textContent = '';
      title.appendChild(search.title(q));
      meta.textContent = data.categories[q[2]][1] + (q[3] >= 0 ? ' · ' + data.levels[q[3]][1] : '');
      next.textContent = labels.t(i === asked.length - 1 ? 'interview_finish' : 'interview_next');
      started = Date.now();
      tick();
      title.focus();
    }

    function stopClock() {
      leave();
      if (current >= 0) {
        asked[current].ms = Date.now() - started;
      }
      clearInterval(ticking);
      ticking = null;
    }

    function finish() {
      stopClock();
      asked = asked.slice(0, current + 1);
      questionView.hidden = true;
      answers.textContent = '';
      asked.forEach(function (a) {
        var q = questions[a.d];
        var li = document.createElement('li');
        var heading = document.createElement('h3');
        heading.appendChild(search.title(q));
        li.appendChild(heading);
        var facts = document.createElement('p');
        facts.className = 'interview-meta';
        facts.textContent = labels.t('interview_took', {time: clock(a.ms), category: data.categories[q[2]][1]});
        li.appendChild(facts);
        var right = rightLetters(q);
        if (right.length > 0) {
          var outcome = document.createElement('p');
          outcome.className = 'interview-pick ' + (a.result ? (a.result.right ? 'pick-right' : 'pick-wrong') : 'pick-none');
          var words = {letters: labels.list(right), picked: a.result ? labels.list(a.result.picked) : ''};
          outcome.textContent = !a.result ? labels.n('interview_pick_none', right.length, words)
              : a.result.right ? '✓ ' + labels.t('interview_pick_right', words)
                : '✗ ' + labels.n('mc_result_wrong', right.length, words);
          li.appendChild(outcome);
        }
        if (q[5].length === 0 && right.length === 0) {
          var none = document.createElement('p');
          none.textContent = labels.t('interview_no_key_points');
          li.appendChild(none);
        } else if (q[5].length > 0) {
          var fieldset = document.createElement('fieldset');
          fieldset.className = 'checklist';
          var legend = document.createElement('legend');
          legend.textContent = labels.t('interview_covered');
          fieldset.appendChild(legend);
          a.boxes = [];
          fieldset.addEventListener('change', function () {
            a.ticked = true;
            record(a);
          });
          q[5].forEach(function (point) {
            var label = document.createElement('label');
            var box = document.createElement('input');
            box.type = 'checkbox';
            a.boxes.push(box);
            label.appendChild(box);
            label.appendChild(document.createTextNode(' ' + point));
            fieldset.appendChild(label);
          });
          li.appendChild(fieldset);
        }
        var link = document.createElement('a');
        link.href = root + search.questionHref(q);
        link.textContent = labels.t('interview_full_answer');
        var p = document.createElement('p');
        p.appendChild(link);
        li.appendChild(p);
        answers.appendChild(li);
      });
      showScore();
      result.hidden = false;
      document.getElementById('result-title').focus();
    }

    function showScore() {
      var boxes = answers.querySelectorAll('input[type=checkbox]');
      var ticked = Array.prototype.filter.call(boxes, function (b) {
        return b.checked;
      }).length;
      var total = asked.reduce(function (sum, a) {
        return sum + a.ms;
      }, 0);
      var picks = asked.filter(function (a) {
        return rightLetters(questions[a.d]).length > 0;
      });
      var rightPicks = picks.filter(function (a) {
        return a.result && a.result.right;
      }).length;
      score.textContent = labels.t(boxes.length > 0 ? 'interview_score_points' : 'interview_score',
          {questions: labels.n('question_count', asked.length), time: clock(total), ticked: ticked, count: boxes.length})
          + (picks.length > 0 ? ' ' + labels.t('interview_score_picks', {right: rightPicks, count: picks.length}) : '');
    }

    setup.addEventListener('change', showAvailable);
    countInput.addEventListener('input', showAvailable);
    setup.addEventListener('submit', function (e) {
      e.preventDefault();
      var candidates = pool();
      if (candidates.length === 0 || count() === 0) {
        return;
      }
      var chosenOnes = sample(candidates, Math.min(count(), candidates.length));
      startButton.disabled = true;
      cardsOf(chosenOnes).then(function (loaded) {
        fronts = loaded;
        begin(chosenOnes);
      });
    });

    /** Asks the questions numbered in order, the first at once. */
    function begin(numbers) {
      startButton.disabled = false;
      asked = numbers.map(function (d) {
        return {d: d, ms: 0, result: null};
      });
      setup.hidden = true;
      result.hidden = true;
      questionView.hidden = false;
      ticking = setInterval(tick, 1000);
      ask(0);
    }

    next.addEventListener('click', function () {
      if (current === asked.length - 1) {
        finish();
        return;
      }
      leave();
      asked[current].ms = Date.now() - started;
      ask(current + 1);
    });
    document.getElementById('interview-stop').addEventListener('click', finish);
    answers.addEventListener('change', showScore);
    document.getElementById('interview-again').addEventListener('click', function () {
      result.hidden = true;
      setup.hidden = false;
      current = -1;
      startButton.focus();
    });

    showAvailable();
  }
}());
