/*
 * studyguide mock interview (interview.html): pick categories, levels, a count and a time per question;
 * get that many random questions one at a time, each with a countdown that goes on into the time over; once
 * answered, one of the question's follow-ups; at the end, the key points of each as a checklist to grade
 * yourself, and a score. A multiple-choice question is answered by picking (window.studyguideChoices). The
 * pick and the ticked key points are a review of the question in the progress model
 * (window.studyguideProgress), which also keeps each interview's score for the history and its chart.
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
    var budgetInput = document.getElementById('interview-budget');
    var clockLine = document.getElementById('interview-clock');
    var announcer = document.getElementById('interview-alert');
    var answered = document.getElementById('interview-answered');
    var followUp = document.getElementById('interview-follow-up');
    var lang = document.documentElement.lang || undefined;

    // The page has a box for each category and level already (interview.ftlh); a box is made here only
    // for what the page could not know, such as the questions without a level.
    function checkbox(container, name, value, label, checked) {
      var written = Array.prototype.filter.call(container.querySelectorAll('input[name=' + name + ']'), function (b) {
        return b.value === value;
      })[0];
      if (written) {
        written.checked = checked;
        return;
      }
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
    Array.prototype.forEach.call(budgetInput.options, function (o) {
      o.textContent = labels.n('interview_minutes', Number(o.value));
    });
    if (/^(2|5|10)$/.test(params.get('minutes') || '')) {
      budgetInput.value = params.get('minutes');
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
    // The time for each question (ms), and the interview's start: its seed (which follow-up) and its name in the history.
    var budget = 5 * 60 * 1000;
    var seed = 0;
    // What the live region has said of the question shown: 0 nothing, 1 a minute left, 2 time is up.
    var said = 0;

    function clock(ms) {
      var seconds = Math.floor(ms / 1000);
      var minutes = Math.floor(seconds / 60);
      return minutes + ':' + String(seconds % 60).padStart(2, '0');
    }

    /** mm:ss, as a countdown shows it. */
    function countdown(ms) {
      var seconds = Math.floor(ms / 1000);
      return String(Math.floor(seconds / 60)).padStart(2, '0') + ':' + String(seconds % 60).padStart(2, '0');
    }

    /** The clock's words around the timer, which stays the same element (role="timer"). */
    function clockWords(key) {
      var parts = labels.t(key, {time: '\u0000'}).split('\u0000');
      clockLine.textContent = '';
      clockLine.appendChild(document.createTextNode(parts[0]));
      clockLine.appendChild(timer);
      clockLine.appendChild(document.createTextNode(parts.slice(1).join('')));
    }

    /**
     * The countdown: the time left, then the time over (the question is not cut off). The live region speaks
     * twice per question, at a minute left and at zero, not every second.
     */
    function tick() {
      var left = budget - (Date.now() - started);
      var over = left <= 0;
      if (over !== clockLine.classList.contains('over')) {
        clockLine.classList.toggle('over', over);
        clockWords(over ? 'interview_over_time' : 'interview_time_left');
      }
      // Rounded up while counting down, so that it reads 05:00 at the start and 00:00 only at zero.
      timer.textContent = over ? countdown(-left) : countdown(Math.ceil(left / 1000) * 1000);
      if (over && said < 2) {
        said = 2;
        announcer.textContent = labels.t('interview_time_up');
      } else if (!over && left <= 60 * 1000 && said < 1 && budget > 60 * 1000) {
        said = 1;
        announcer.textContent = labels.t('interview_one_minute');
      }
    }

    /**
     * A number from a text (FNV-1a), so that the session's seed picks the same follow-up every time; written
     * here because choosing one of a few follow-ups needs no more than these lines (Math.random has no seed).
     */
    function hash(text) {
      var h = 2166136261;
      for (var i = 0; i < text.length; i++) {
        h = Math.imul(h ^ text.charCodeAt(i), 16777619);
      }
      return h >>> 0;
    }

    /** The follow-ups of a question (from its card), or none. */
    function followUpsOf(q) {
      var template = frontOf(q);
      return template === null ? [] : Array.prototype.map.call(
          template.content.querySelectorAll('.card-follow-ups li'), function (li) {
            return li.textContent;
          });
    }

    /** The follow-up this interview asks of a question: one of its follow-ups, chosen by the seed; or null. */
    function followUpOf(q) {
      var all = followUpsOf(q);
      return all.length === 0 ? null : all[hash(seed + ' ' + q[0]) % all.length];
    }

    /** Asks the question's follow-up, once the reader has answered (or checked a pick). */
    function askFollowUp(a) {
      var text = followUpOf(questions[a.d]);
      answered.hidden = true;
      if (text === null || a.followUp) {
        return;
      }
      a.followUp = text;
      followUp.textContent = labels.t('interview_follow_up', {question: text});
      followUp.hidden = false;
      followUp.focus();
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
        Array.prototype.forEach.call(front.querySelectorAll('.card-follow-ups'), function (list) {
          list.remove();
        });
        if (window.Prism) {
          window.Prism.highlightAllUnder(front);
        }
      }
      var options = choices === null ? null : front.querySelector('.mc');
      if (options) {
        choices.wire(options, function (result) {
          a.result = result;
          record(a);
          askFollowUp(a);
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
      said = 0;
      announcer.textContent = '';
      followUp.hidden = true;
      followUp.textContent = '';
      // A multiple-choice question is answered by its check; another by saying so.
      answered.hidden = followUpsOf(q).length === 0 || front.querySelector('.mc') !== null;
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
        if (a.followUp) {
          var followUpLine = document.createElement('p');
          followUpLine.className = 'interview-meta';
          followUpLine.textContent = labels.t('interview_follow_up', {question: a.followUp});
          li.appendChild(followUpLine);
        }
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
        a.scoreLine = document.createElement('p');
        a.scoreLine.className = 'interview-question-score';
        li.appendChild(a.scoreLine);
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
      var earned = 0;
      var possible = 0;
      asked.forEach(function (a) {
        var points = pointsOf(a);
        earned += points.earned;
        possible += points.possible;
        a.scoreLine.textContent = points.possible === 0 ? ''
            : labels.t('interview_question_score', {percent: percent(points.earned, points.possible)});
      });
      score.textContent = labels.t(boxes.length > 0 ? 'interview_score_points' : 'interview_score',
          {questions: labels.n('question_count', asked.length), time: clock(total), ticked: ticked, count: boxes.length})
          + (picks.length > 0 ? ' ' + labels.t('interview_score_picks', {right: rightPicks, count: picks.length}) : '')
          + (possible > 0 ? ' ' + labels.t('interview_session_score', {percent: percent(earned, possible)}) : '');
      // An interview with nothing to score (no key points, no options) has no place on the chart.
      if (store !== null && possible > 0) {
        store.saveMockInterview({at: seed, questions: asked.length, earned: earned, possible: possible});
        showHistory();
      }
    }

    function percent(earned, possible) {
      return Math.round(earned * 100 / possible);
    }

    /** A question's score: each key point ticked and a right pick earn one, of its key points and its pick. */
    function pointsOf(a) {
      var q = questions[a.d];
      var hasPick = rightLetters(q).length > 0;
      var ticked = (a.boxes || []).filter(function (b) {
        return b.checked;
      }).length;
      return {earned: ticked + (hasPick && a.result && a.result.right ? 1 : 0),
        possible: (a.boxes || []).length + (hasPick ? 1 : 0)};
    }

    var SVG = 'http://www.w3.org/2000/svg';

    function svgElement(name, attributes) {
      var e = document.createElementNS(SVG, name);
      Object.keys(attributes).forEach(function (k) {
        e.setAttribute(k, attributes[k]);
      });
      return e;
    }

    /**
     * The past interviews: a table (date, questions, score), newest first, and above it the score over time as a
     * line drawn by hand in SVG (a few dozen points do not need a charting library), with the trend in words
     * as its text alternative.
     */
    function showHistory() {
      var history = document.getElementById('interview-history');
      var mocks = store === null ? [] : store.mockInterviews();
      history.hidden = mocks.length === 0;
      if (mocks.length === 0) {
        return;
      }
      var rows = document.getElementById('history-rows');
      rows.textContent = '';
      mocks.slice().reverse().forEach(function (m) {
        var tr = document.createElement('tr');
        [new Date(m.at).toLocaleString(lang, {dateStyle: 'medium', timeStyle: 'short'}), String(m.questions),
          percent(m.earned, m.possible) + '%'].forEach(function (text) {
          var td = document.createElement('td');
          td.textContent = text;
          tr.appendChild(td);
        });
        rows.appendChild(tr);
      });
      var scores = mocks.map(function (m) {
        return percent(m.earned, m.possible);
      });
      var width = 320;
      var height = 120;
      var pad = 10;
      // Room on the left for the scale's words (0%, 50%, 100%).
      var left = 40;
      var step = scores.length > 1 ? (width - left - pad) / (scores.length - 1) : 0;
      var points = scores.map(function (v, i) {
        var x = scores.length > 1 ? left + i * step : (left + width - pad) / 2;
        return [Math.round(x * 10) / 10, Math.round((height - pad - v * (height - 2 * pad) / 100) * 10) / 10];
      });
      var svg = svgElement('svg', {viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'class': 'history-svg'});
      var summary = labels.n('interview_chart', scores.length, {first: scores[0], last: scores[scores.length - 1]});
      svg.setAttribute('aria-label', summary);
      [0, 50, 100].forEach(function (v) {
        var y = height - pad - v * (height - 2 * pad) / 100;
        svg.appendChild(svgElement('line', {x1: left, x2: width - pad, y1: y, y2: y, 'class': 'history-grid'}));
        var scale = svgElement('text', {x: left - 6, y: y + 4, 'class': 'history-axis'});
        scale.textContent = v + '%';
        svg.appendChild(scale);
      });
      svg.appendChild(svgElement('polyline', {points: points.map(function (p) {
        return p.join(',');
      }).join(' '), 'class': 'history-line'}));
      points.forEach(function (p) {
        svg.appendChild(svgElement('circle', {cx: p[0], cy: p[1], r: 3, 'class': 'history-point'}));
      });
      var chart = document.getElementById('history-chart');
      chart.textContent = '';
      chart.appendChild(svg);
      var caption = document.createElement('figcaption');
      caption.textContent = summary;
      chart.appendChild(caption);
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
      budget = Number(budgetInput.value) * 60 * 1000;
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
      seed = Date.now();
      setup.hidden = true;
      result.hidden = true;
      document.getElementById('interview-history').hidden = true;
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
    answered.addEventListener('click', function () {
      askFollowUp(asked[current]);
    });
    document.getElementById('interview-again').addEventListener('click', function () {
      result.hidden = true;
      setup.hidden = false;
      showHistory();
      current = -1;
      startButton.focus();
    });

    showAvailable();
    showHistory();
  }
}());
