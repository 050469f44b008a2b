/*
 * studyguide's progress model: what this browser remembers of the reader's study of one guide, and the
 * one place that reads and writes it (window.studyguideProgress; study.js, flashcards.js and
 * interview.js use it). Every "I know this" / "Review again" mark, flashcard grade, multiple-choice check
 * and mock-interview self-grade is a review of a question, scheduled by FSRS (assets/fsrs.js).
 *
 * It is kept in localStorage under "studyguide:<guide title>:progress" as
 * {"version": 2, "questions": {"<id>": entry}, "interview": "YYYY-MM-DD", "mocks": [mock]}, an entry being the question's
 * FSRS card {s, d, last, due, reps, lapses} with the time of its first review (first), its last grade
 * (grade, 1-4) and its mark ("known" or "review"); a mock is one past mock interview {at (its start, ms),
 * questions (how many were asked), earned, possible (its score: key points ticked and right picks, of
 * all)}, oldest first. Version 1 (the marks and SM-2 cards under
 * "studyguide:<guide title>") is moved here the first time a page reads the progress. The page decides
 * nothing here: plan() takes question ids and says which are due, whichever page delivers the cards.
 */
(function () {
  'use strict';

  var fsrs = window.studyguideFsrs;
  var root = document.documentElement;
  var guide = root.getAttribute('data-guide') || '';
  var OLD_KEY = 'studyguide:' + guide;
  var KEY = OLD_KEY + ':progress';
  var MODE_KEY = OLD_KEY + ':mode';
  var FORMAT = 'studyguide-progress';
  var VERSION = 2;
  var MARKS = ['known', 'review'];
  var DAY = 24 * 60 * 60 * 1000;
  // The past mock interviews kept: enough for months of practice, small beside the questions' entries.
  var MOCKS_KEPT = 200;
  /**
   * Reviews that a later one replaces: a mark by the other mark (or by taking it back), a checked pick by a
   * new pick, a mock interview's grade by another tick, a flashcard's check by that card's grade.
   */
  var REVISABLE = {mark: true, choice: true, interview: true, check: true};
  /** Which earlier review a review from each place replaces. */
  var REPLACES = {mark: 'mark', choice: 'choice', interview: 'interview', check: 'check', card: 'check'};
  // The words in the guide's language (labels.js); a page without them shows each word's key.
  var labels = window.studyguideLabels || {t: String, n: String};

  function isObject(x) {
    return x !== null && typeof x === 'object' && !Array.isArray(x);
  }

  function isTime(x) {
    return typeof x === 'number' && isFinite(x) && x >= 0;
  }

  function isCount(x) {
    return Number.isInteger(x) && x >= 0;
  }

  /** A well-formed entry, copied without anything else it may carry; null when it is not one. */
  function cleanEntry(e) {
    if (!isObject(e) || typeof e.s !== 'number' || !(e.s >= 0.001 && e.s <= 36500) || typeof e.d !== 'number'
        || !(e.d >= 1 && e.d <= 10) || !isTime(e.last) || !isTime(e.due) || !isCount(e.reps) || !isCount(e.lapses)
        || [1, 2, 3, 4].indexOf(e.grade) < 0) {
      return null;
    }
    var result = {s: e.s, d: e.d, last: e.last, due: e.due, reps: e.reps, lapses: e.lapses, grade: e.grade,
      first: isTime(e.first) ? e.first : e.last};
    if (MARKS.indexOf(e.mark) >= 0) {
      result.mark = e.mark;
    }
    return result;
  }

  /** A well-formed past mock interview, copied; null when it is not one. */
  function cleanMock(m) {
    if (!isObject(m) || !isTime(m.at) || !isCount(m.questions) || m.questions < 1 || !isCount(m.earned)
        || !isCount(m.possible) || m.possible < 1 || m.earned > m.possible) {
      return null;
    }
    return {at: m.at, questions: m.questions, earned: m.earned, possible: m.possible};
  }

  /** Mock interviews, well-formed ones only, each start once (the later in the list wins), oldest first, the last MOCKS_KEPT. */
  function cleanMocks(list) {
    var byStart = new Map();
    (Array.isArray(list) ? list : []).forEach(function (m) {
      var c = cleanMock(m);
      if (c !== null) {
        byStart.set(c.at, c);
      }
    });
    return Array.from(byStart.values()).sort(function (a, b) {
      return a.at - b.at;
    }).slice(-MOCKS_KEPT);
  }

  function isDate(x) {
    return typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x) && !isNaN(localDay(x));
  }

  /** The stored state cleaned: only well-formed entries (and an entry's undo when it has one). */
  function clean(state) {
    var result = {version: VERSION, questions: {}};
    if (!isObject(state)) {
      return result;
    }
    if (isObject(state.questions)) {
      Object.keys(state.questions).forEach(function (id) {
        var raw = state.questions[id];
        var e = cleanEntry(raw);
        if (e !== null) {
          if (REVISABLE[raw.by] && (raw.undo === null || cleanEntry(raw.undo) !== null)) {
            e.by = raw.by;
            e.undo = raw.undo === null ? null : cleanEntry(raw.undo);
          }
          result.questions[id] = e;
        }
      });
    }
    if (isDate(state.interview)) {
      result.interview = state.interview;
    }
    var mocks = cleanMocks(state.mocks);
    if (mocks.length > 0) {
      result.mocks = mocks;
    }
    return result;
  }

  /**
   * Version 1's marks and SM-2 cards as version 2's entries. An SM-2 card keeps its due time; its interval
   * becomes the stability (both are the days until recall is likely to fail) and its ease the difficulty
   * (2.5, SM-2's start, is FSRS's middle, 5; 1.3, SM-2's floor, is 10). A mark without a card counts as a
   * review now: "I know this" as easy, "Review again" as again.
   */
  function fromVersion1(old, now) {
    var questions = {};
    var marks = isObject(old.marks) ? old.marks : {};
    var cards = isObject(old.cards) ? old.cards : {};
    Object.keys(cards).forEach(function (id) {
      var c = cards[id];
      if (!isObject(c) || typeof c.ef !== 'number' || !isCount(c.reps) || typeof c.interval !== 'number'
          || !(c.interval >= 0) || !isTime(c.due)) {
        return;
      }
      var s = Math.min(36500, Math.max(0.1, c.interval));
      questions[id] = {s: s, d: Math.min(10, Math.max(1, Math.round((5 + (2.5 - c.ef) * 5 / 1.2) * 1000) / 1000)),
        last: Math.max(0, c.due - Math.round(c.interval * DAY)), due: c.due, reps: c.reps, lapses: 0,
        grade: c.reps === 0 ? 1 : 3};
      questions[id].first = questions[id].last;
    });
    Object.keys(marks).forEach(function (id) {
      if (MARKS.indexOf(marks[id]) < 0) {
        return;
      }
      if (!questions[id]) {
        var grade = marks[id] === 'known' ? 4 : 1;
        questions[id] = fsrs.review(null, grade, now);
        questions[id].grade = grade;
        questions[id].first = now;
      }
      questions[id].mark = marks[id];
    });
    return clean({questions: questions});
  }

  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  function read() {
    var store = storage();
    if (store === null) {
      return clean(null);
    }
    try {
      var text = store.getItem(KEY);
      if (text === null && store.getItem(OLD_KEY) !== null) {
        return migrate(store);
      }
      return clean(JSON.parse(text || 'null'));
    } catch (e) {
      return clean(null);
    }
  }

  /** Moves version 1 to the new key; the old one goes only once the new one is written. */
  function migrate(store) {
    var state;
    try {
      state = fromVersion1(JSON.parse(store.getItem(OLD_KEY)) || {}, Date.now());
    } catch (e) {
      state = clean(null);
    }
    if (write(state)) {
      store.removeItem(OLD_KEY);
    }
    return state;
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

  function withoutUndo(e) {
    var copy = {};
    Object.keys(e).forEach(function (k) {
      if (k !== 'undo' && k !== 'by') {
        copy[k] = e[k];
      }
    });
    return copy;
  }

  /** After a review: again is "review again", good and easy are "I know this", hard keeps the mark. */
  function markAfter(before, grade) {
    return grade === 1 ? 'review' : grade >= 3 ? 'known' : before ? before.mark : undefined;
  }

  /**
   * A review of question id with grade 1-4 (again, hard, good, easy) at time now, from source: 'mark',
   * 'choice' (a pick checked on a page), 'interview', 'check' (a pick checked on a flashcard) or 'card'
   * (a flashcard's grade).
   */
  function review(id, grade, source, now) {
    return change(function (s) {
      var e = s.questions[id] || null;
      var before = e !== null && e.by !== undefined && e.by === REPLACES[source] ? e.undo : e;
      var next = fsrs.review(before, grade, now);
      next.grade = grade;
      next.first = before ? before.first : now;
      var mark = markAfter(before, grade);
      if (mark) {
        next.mark = mark;
      }
      if (REVISABLE[source]) {
        next.by = source;
        next.undo = before ? withoutUndo(before) : null;
      }
      s.questions[id] = next;
    });
  }

  /** Removes a question's mark; a mark just given by its button is taken back with its review. */
  function unmark(id) {
    return change(function (s) {
      var e = s.questions[id];
      if (!e) {
        return;
      }
      if (e.by === 'mark') {
        if (e.undo === null) {
          delete s.questions[id];
        } else {
          s.questions[id] = e.undo;
        }
      } else {
        delete e.mark;
      }
    });
  }

  /** 'new' (never reviewed), 'weak' (marked to review again), 'due' or 'known'. */
  function stateOf(e, now) {
    return !e ? 'new' : e.mark === 'review' ? 'weak' : e.due <= now ? 'due' : 'known';
  }

  function counts(ids, now) {
    var questions = read().questions;
    var result = {known: 0, due: 0, weak: 0, fresh: 0, total: 0};
    ids.forEach(function (id) {
      var state = stateOf(questions[id], now);
      result[state === 'new' ? 'fresh' : state]++;
      result.total++;
    });
    return result;
  }

  /** The local midnight of a date "YYYY-MM-DD" (ms), or NaN. */
  function localDay(text) {
    var parts = text.split('-').map(Number);
    var day = new Date(parts[0], parts[1] - 1, parts[2]);
    return day.getMonth() === parts[1] - 1 && day.getDate() === parts[2] ? day.getTime() : NaN;
  }

  function startOfDay(now) {
    var day = new Date(now);
    day.setHours(0, 0, 0, 0);
    return day.getTime();
  }

  /**
   * What to study of the questions ids (in the guide's order) at time now: due, the ones due now, the
   * most overdue first; fresh, those never reviewed; later, how many are not due yet, and next, when the
   * first of them is. With an interview date ahead, daily says how many of each to study today so that
   * every question is seen before the date: {today, fresh, daysLeft}; past or on the date it is
   * {daysLeft: 0}.
   */
  function plan(ids, now) {
    var state = read();
    var questions = state.questions;
    var due = [];
    var fresh = [];
    var later = 0;
    var next = null;
    var seenToday = 0;
    var today = startOfDay(now);
    ids.forEach(function (id) {
      var e = questions[id];
      if (!e) {
        fresh.push(id);
        return;
      }
      if (e.first >= today) {
        seenToday++;
      }
      if (e.due <= now) {
        due.push(id);
      } else {
        later++;
        next = next === null ? e.due : Math.min(next, e.due);
      }
    });
    due.sort(function (a, b) {
      return questions[a].due - questions[b].due;
    });
    var daily = null;
    if (state.interview) {
      var daysLeft = Math.round((localDay(state.interview) - today) / DAY);
      if (daysLeft > 0) {
        // New questions spread evenly over the days left, counting the ones already begun today.
        var freshToday = Math.max(0, Math.min(fresh.length, Math.ceil((fresh.length + seenToday) / daysLeft) - seenToday));
        daily = {today: due.length + freshToday, fresh: freshToday, daysLeft: daysLeft};
      } else {
        daily = {today: 0, fresh: 0, daysLeft: 0};
      }
    }
    return {due: due, fresh: fresh, later: later, next: next, daily: daily};
  }

  // ---------------------------------------------------------------- moving progress

  /** The ids of this guide's questions, when the search index is loaded (else null: keep everything). */
  function guideIds() {
    var search = window.studyguideSearch;
    var data = search ? search.loaded() : null;
    return data === null ? null : new Set(data.questions.map(function (q) {
      return q[0];
    }));
  }

  function exported() {
    var s = read();
    var questions = {};
    Object.keys(s.questions).forEach(function (id) {
      questions[id] = withoutUndo(s.questions[id]);
    });
    var result = {format: FORMAT, version: VERSION, guide: guide, questions: questions};
    if (s.interview) {
      result.interview = s.interview;
    }
    if (s.mocks) {
      result.mocks = s.mocks;
    }
    // The reader's notes (notes.js, their own key) travel with the progress: one file to carry.
    result.notes = window.studyguideNotes ? window.studyguideNotes.all() : {};
    return result;
  }

  /**
   * Merges progress read from a file or a code (version 1 or 2), and the notes it carries, into the stored
   * ones: it wins for the questions it has. Returns {questions, notes, otherGuide}, or throws an Error
   * whose message can be shown.
   */
  function merge(parsed) {
    if (!isObject(parsed) || parsed.format !== FORMAT) {
      throw new Error(labels.t('progress_not_progress'));
    }
    var incoming = parsed.version === 1 ? fromVersion1(parsed, Date.now()) : clean(parsed);
    var ids = guideIds();
    var count = 0;
    var ok = change(function (s) {
      Object.keys(incoming.questions).forEach(function (id) {
        if (ids === null || ids.has(id)) {
          s.questions[id] = withoutUndo(incoming.questions[id]);
          count++;
        }
      });
      if (incoming.interview) {
        s.interview = incoming.interview;
      }
      // Past mock interviews are joined: the file's win for the same start.
      if (incoming.mocks) {
        s.mocks = cleanMocks((s.mocks || []).concat(incoming.mocks));
      }
    });
    var notes = window.studyguideNotes && isObject(parsed.notes) ? window.studyguideNotes.merge(parsed.notes, function (id) {
      return ids === null || ids.has(id);
    }) : 0;
    if (!ok || notes < 0) {
      throw new Error(labels.t('progress_not_saved'));
    }
    return {questions: count, notes: notes,
      otherGuide: typeof parsed.guide === 'string' && parsed.guide !== guide ? parsed.guide : null};
  }

  window.studyguideProgress = {
    key: KEY,
    entries: function () {
      return read().questions;
    },
    /** A question's mark: 'known', 'review' or null. */
    mark: function (id) {
      var e = read().questions[id];
      return e && e.mark ? e.mark : null;
    },
    review: function (id, grade, source, now) {
      return review(id, grade, source, now === undefined ? Date.now() : now);
    },
    unmark: unmark,
    state: function (id, now) {
      return stateOf(read().questions[id], now === undefined ? Date.now() : now);
    },
    counts: function (ids, now) {
      return counts(ids, now === undefined ? Date.now() : now);
    },
    plan: function (ids, now) {
      return plan(ids, now === undefined ? Date.now() : now);
    },
    interviewDate: function () {
      return read().interview || null;
    },
    /** Sets the interview date ("YYYY-MM-DD") or removes it (null, or anything that is no date). */
    setInterviewDate: function (date) {
      return change(function (s) {
        if (isDate(date)) {
          s.interview = date;
        } else {
          delete s.interview;
        }
      });
    },
    /** The past mock interviews, oldest first: [{at, questions, earned, possible}]. */
    mockInterviews: function () {
      return read().mocks || [];
    },
    /** Keeps a mock interview's result, replacing the one with the same start (a later tick changes the score). */
    saveMockInterview: function (mock) {
      return change(function (s) {
        s.mocks = cleanMocks((s.mocks || []).concat([mock]));
      });
    },
    practice: function () {
      var store = storage();
      try {
        return store !== null && store.getItem(MODE_KEY) === 'practice';
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
      var all = exported();
      all.exported = new Date().toISOString();
      return JSON.stringify(all, null, 2) + '\n';
    },
    importText: function (text) {
      var parsed;
      try {
        parsed = JSON.parse(text);
      } catch (e) {
        throw new Error(labels.t('progress_not_json'));
      }
      return merge(parsed);
    },
    /** The progress as exported, without the time: an object (assets/progress-link.js packs it into a link). */
    exported: exported,
    /** Merges exported progress (version 1 or 2) in; returns {questions, otherGuide} or throws an Error to show. */
    merge: merge,
    reset: function () {
      try {
        window.localStorage.removeItem(KEY);
        window.localStorage.removeItem(OLD_KEY);
      } catch (e) {
        // Nothing stored, nothing to reset.
      }
    },
    /** Calls fn when another page of this guide changes the progress. */
    onChange: function (fn) {
      window.addEventListener('storage', function (e) {
        if (e.key === KEY || e.key === null) {
          fn();
        }
      });
    }
  };
}());
