/*
 * FSRS-6 spaced-repetition scheduling (the Free Spaced Repetition Scheduler, as Anki has had it since 23.10),
 * written from the published algorithm (github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm)
 * with the defaults of its reference implementation ts-fsrs 5.4.2: its 21 default weights, requested
 * retention 0.9, maximum interval 36,500 days, no fuzz, and long-term scheduling only
 * (enable_short_term: false), so every interval is whole days and a card's state is its stability,
 * difficulty and last review. A card graded "again" comes back within the session by the flashcards'
 * own queue instead of FSRS's minute-long learning steps. tools/fsrs-compare.mjs checks this file against
 * ts-fsrs on generated review sequences (FsrsTest).
 *
 * Hand-written rather than bundled: ts-fsrs is a module for bundlers, the site's scripts are plain files
 * that work from file://, and the scheduling is these few formulas. window.studyguideFsrs.review(card,
 * grade, now) takes a card ({s, d, last, due, reps, lapses}; null for one never reviewed), a grade 1-4
 * (again, hard, good, easy) and the time in ms, and returns the card after that review.
 */
(function (global) {
  'use strict';

  var DAY = 24 * 60 * 60 * 1000;
  var W = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
    0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542];
  var RETENTION = 0.9;
  var MAX_INTERVAL = 36500;
  var S_MIN = 0.001;
  var AGAIN = 1;
  var HARD = 2;
  var EASY = 4;

  // ts-fsrs rounds every intermediate to 8 decimals; doing the same keeps the two equal to the last digit.
  function round8(x) {
    return Math.round(x * 1e8) / 1e8;
  }

  function clamp(x, min, max) {
    return Math.min(Math.max(x, min), max);
  }

  var DECAY = -W[20];
  // The forgetting curve's factor, chosen so that recall is 90% after S days.
  var FACTOR = round8(Math.exp(Math.log(0.9) / DECAY) - 1);
  var INTERVAL_MODIFIER = round8((Math.pow(RETENTION, 1 / DECAY) - 1) / FACTOR);

  /** The probability of recall t days after a review that left stability s. */
  function retrievability(t, s) {
    return round8(Math.pow(1 + FACTOR * t / s, DECAY));
  }

  function initDifficulty(g) {
    return round8(W[4] - Math.exp((g - 1) * W[5]) + 1);
  }

  function nextDifficulty(d, g) {
    var delta = -W[6] * (g - 3);
    // Linear damping: the closer to 10, the less a hard grade adds.
    var next = d + round8(delta * (10 - d) / 9);
    // Mean reversion towards the difficulty of a first "easy".
    return clamp(round8(W[7] * initDifficulty(EASY) + (1 - W[7]) * next), 1, 10);
  }

  function recallStability(d, s, r, g) {
    var hard = g === HARD ? W[15] : 1;
    var easy = g === EASY ? W[16] : 1;
    return round8(clamp(s * (1 + Math.exp(W[8]) * (11 - d) * Math.pow(s, -W[9])
        * (Math.exp((1 - r) * W[10]) - 1) * hard * easy), S_MIN, 36500));
  }

  function forgetStability(d, s, r) {
    var after = round8(clamp(W[11] * Math.pow(d, -W[12]) * (Math.pow(s + 1, W[13]) - 1)
        * Math.exp((1 - r) * W[14]), S_MIN, 36500));
    // Forgetting never raises stability.
    return clamp(round8(s), S_MIN, after);
  }

  /** {s, d} after grade g, t whole days after the last review, for a card seen before (or not: null). */
  function memory(card, t, g) {
    if (card === null) {
      return {s: Math.max(W[g - 1], 0.1), d: clamp(initDifficulty(g), 1, 10)};
    }
    var r = retrievability(t, card.s);
    return {s: g === AGAIN ? forgetStability(card.d, card.s, r) : recallStability(card.d, card.s, r, g),
      d: nextDifficulty(card.d, g)};
  }

  function interval(s) {
    return Math.min(Math.max(1, Math.round(s * INTERVAL_MODIFIER)), MAX_INTERVAL);
  }

  /** Calendar days between two times, by UTC dates, as ts-fsrs counts elapsed days. */
  function elapsedDays(from, to) {
    var a = new Date(from);
    var b = new Date(to);
    return Math.floor((Date.UTC(b.getUTCFullYear(), b.getUTCMonth(), b.getUTCDate())
        - Date.UTC(a.getUTCFullYear(), a.getUTCMonth(), a.getUTCDate())) / DAY);
  }

  /** The card after a review with grade g (1 again, 2 hard, 3 good, 4 easy) at time now (ms). */
  function review(card, g, now) {
    var t = card === null ? 0 : Math.max(0, elapsedDays(card.last, now));
    // The four grades' intervals are ordered (again < hard < good < easy), so each is worked out.
    var states = [1, 2, 3, 4].map(function (grade) {
      return memory(card, t, grade);
    });
    var days = states.map(function (m) {
      return interval(m.s);
    });
    days[0] = Math.min(days[0], days[1]);
    days[1] = Math.max(days[1], days[0] + 1);
    days[2] = Math.max(days[2], days[1] + 1);
    days[3] = Math.max(days[3], days[2] + 1);
    var next = states[g - 1];
    return {s: next.s, d: next.d, last: now, due: now + days[g - 1] * DAY,
      reps: (card === null ? 0 : card.reps) + 1,
      lapses: (card === null ? 0 : card.lapses) + (card !== null && g === AGAIN ? 1 : 0)};
  }

  global.studyguideFsrs = {
    version: 'FSRS-6 (ts-fsrs 5.4.2 defaults, long-term)',
    review: review,
    /** The probability of recalling a card at time now. */
    recall: function (card, now) {
      return retrievability(Math.max(0, elapsedDays(card.last, now)), card.s);
    }
  };
}(this));
