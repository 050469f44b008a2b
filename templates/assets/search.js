/*
 * studyguide search: the header's search box over the search index (assets/search-index.js).
 *
 * All words must match; each word matches a term exactly or as a prefix, and a word that matches nothing
 * of either kind may have one typo (a letter wrong, missing, extra or two letters swapped). Results are
 * ranked by field-weighted term weights times the term's rarity; questions whose note in this browser
 * (notes.js) has every word come first, with the note's line. The index format is described in
 * docs/search.md; SearchTerms.java splits text into terms exactly as words() below splits queries.
 *
 * A small index is all in search-index.js. A large one is split: search-index.js only names the core
 * (questions and terms; for a very large guide, terms and what ranking needs), which names the shards
 * (postings of ranges of terms) and, for a very large guide, the question parts (what a result shows, for
 * ranges of questions); they are loaded as scripts when someone searches (the core when the box gets
 * focus, a shard when a query needs its terms, a question part when a result it holds is shown), because
 * scripts, unlike fetch, load from file://. The single-file export has every part inlined, so nothing is
 * loaded there.
 *
 * This script loads search-index.js itself, as soon as it runs, rather than the page linking it: a page's
 * DOMContentLoaded waits for every deferred script it links, and Lighthouse's phone run counted the
 * index's 67 KB against the first paint (docs/quality.md). A page whose layout still links it, and the
 * single file, have it already.
 *
 * Everything is inserted into the page as text (textContent, createElement), never as HTML.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------- loading the index and its parts

  // The parts lie beside this script, whatever the depth of the page (inlined, it has no address).
  var here = document.currentScript ? document.currentScript.src : '';
  var parts = window.studyguideIndexParts || (window.studyguideIndexParts = {});
  var waiting = {};
  // Callbacks waiting for search-index.js while its script loads; null before it is asked for.
  var waitingForIndex = null;

  /** The index search-index.js set, or null when there is none this script can read. */
  function indexThere() {
    var index = window.studyguideIndex;
    return index && index.format === 3 ? index : null;
  }

  /**
   * Calls back with window.studyguideIndex (a whole index, or a split one's names of its parts), or with
   * null when it cannot be had: at once when it is there (the single file, a layout that links it) or
   * has failed, otherwise when search-index.js has run.
   */
  function loadIndex(callback) {
    if (window.studyguideIndex !== undefined || here === '') {
      callback(indexThere());
      return;
    }
    if (waitingForIndex !== null) {
      waitingForIndex.push(callback);
      return;
    }
    waitingForIndex = [callback];
    var script = document.createElement('script');
    script.src = new URL('search-index.js', here).href;
    script.onload = script.onerror = function () {
      if (window.studyguideIndex === undefined) {
        window.studyguideIndex = null; // failed: asked again, it calls back at once
      }
      var callbacks = waitingForIndex;
      waitingForIndex = null;
      callbacks.forEach(function (c) {
        c(indexThere());
      });
    };
    scriptHolder().appendChild(script);
  }

  /**
   * Calls back with the JSON value a part registers under its file name, or null when it cannot be had:
   * at once when the part is there (the single file), otherwise when its script has run.
   */
  function loadPart(file, callback) {
    if (waiting[file]) {
      waiting[file].push(callback);
      return;
    }
    waiting[file] = [callback];
    function done() {
      var text = parts[file];
      var value = null;
      delete parts[file];
      if (typeof text === 'string') {
        try {
          value = JSON.parse(text);
        } catch (e) {
          value = null;
        }
      }
      var callbacks = waiting[file];
      delete waiting[file];
      callbacks.forEach(function (c) {
        c(value);
      });
    }
    if (typeof parts[file] === 'string' || here === '') {
      done();
      return;
    }
    // The element stays: on a page of a thousand questions, removing it costs a rendering update of the
    // whole page (tens of milliseconds), and it is spent anyway.
    var script = document.createElement('script');
    script.src = new URL(file, here).href;
    script.onload = script.onerror = done;
    scriptHolder().appendChild(script);
  }

  /**
   * Where the parts' scripts go: a hidden element at the end of the body, not the head. A script added to
   * the head makes the browser recompute the style of the whole page (on a category page of 10,000
   * questions, a frame of 18-25 ms instead of 1 ms), and the first letter of a new word waited for that.
   */
  var holder = null;
  function scriptHolder() {
    if (holder === null && document.body) {
      holder = document.createElement('div');
      holder.hidden = true;
      holder.className = 'search-index-parts';
      document.body.appendChild(holder);
    }
    return holder || document.head;
  }

  // ---------------------------------------------------------------- the engine (no DOM)

  var WORD = /[\p{L}\p{N}]+/gu;
  // Scripts written without spaces between words, as SearchTerms.isCjk: indexed as pairs of characters.
  // The prolonged sound mark (ー) and the iteration mark (々) belong to the scripts around them.
  var CJK_CHAR = '[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\u30fc\\u3005]';
  var CJK = new RegExp(CJK_CHAR, 'u');
  var TOKEN = new RegExp(CJK_CHAR + '+|(?:(?!' + CJK_CHAR + ')[\\p{L}\\p{N}])+', 'gu');
  var DIGITS_THEN_LETTERS = /^(\p{N}+)(\p{L}+)$/u;
  var MARKS = /\p{M}+/gu;
  var ASCII = /^[\x00-\x7f]*$/;
  var CAMEL = /\p{Ll}\p{Lu}/u;
  var PAGE = 20;
  // Words that say a query compares things ("gsi vs lsi", "difference between query and scan"): left out
  // of a query that has other words, as its stop words are ("vs" and "between" are stop words already).
  var COMPARING = new Set(['difference', 'differences', 'different', 'differ', 'compare', 'compared', 'comparison',
    'comparing', 'against', 'versus']);
  // How much a match counts by its kind: the word itself, a word of the same stem, a glued or split form,
  // a longer word it begins (more the closer in length), one typo, two typos, a typo in a beginning.
  var EXACT = 1;
  var SAME_STEM = 0.8;
  var GLUED = 0.9;
  var ONE_TYPO = 0.35;
  var TWO_TYPOS = 0.2;
  var TYPO_IN_PREFIX = 0.25;
  var PROXIMITY_TOP = 100;

  // Set by use() once the index (or the core of a split one) is there.
  var data = null;
  var terms;
  var postings;
  var questions;
  // Documents: the questions, then the sections of the free-form pages; N of them, Q questions.
  var N;
  var Q;
  var stopWords;
  var english;
  // A split index: each shard's first term, and whether it is loaded; null when nothing is split.
  var shardStarts = null;
  var shardLoaded = null;
  // A split index: each question part's first question, whether it is loaded, how many are not, and each
  // category's first question (a question's category without its part); null when nothing is split.
  var questionStarts = null;
  var questionsLoaded = null;
  var questionPartsLeft = 0;
  var categoryStarts = null;
  // Scratch space for search(), allocated once: per document, the score so far, the words matched, and
  // the best score of the current word.
  var total;
  var hits;
  var best;
  // Each term's stem, computed when a query first needs it.
  var stems = new Map();

  function use(d) {
    terms = d.terms;
    if (d.questionParts) {
      // The questions arrive part by part; data.questions is whole once every part is there (loaded()).
      categoryStarts = [];
      Q = 0;
      d.categorySizes.forEach(function (size) {
        categoryStarts.push(Q);
        Q += size;
      });
      d.questions = new Array(Q);
      questionStarts = d.questionParts.map(function (p) {
        return p[0];
      });
      questionsLoaded = d.questionParts.map(function () {
        return false;
      });
      questionPartsLeft = questionsLoaded.length;
    }
    questions = d.questions;
    Q = questions.length;
    N = Q + (Array.isArray(d.pages) ? d.pages.length : 0);
    stopWords = new Set(d.stopWords);
    english = !d.lang || /^en\b/i.test(d.lang);
    if (d.shards) {
      shardStarts = d.shards.map(function (s) {
        return s[0];
      });
      shardLoaded = d.shards.map(function () {
        return false;
      });
      postings = new Array(terms.length);
    } else {
      postings = d.postings;
    }
    total = new Float64Array(N);
    hits = new Uint16Array(N);
    best = new Float64Array(N);
    data = d;
  }

  /**
   * Calls back with the index's data (questions, categories, levels, terms) once it is there, or with
   * null when it cannot be loaded: at once for an index in one file.
   */
  function load(callback) {
    if (data !== null) {
      callback(data);
      return;
    }
    loadIndex(function (index) {
      if (index === null) {
        noIndex();
        callback(null);
      } else if (!index.core) {
        if (data === null) {
          use(index);
        }
        callback(data);
      } else {
        loadPart(index.core, function (core) {
          if (data === null && core !== null && Array.isArray(core.terms) && Array.isArray(core.shards)
              && (Array.isArray(core.questions) || (Array.isArray(core.questionParts) && Array.isArray(core.categorySizes)))) {
            use(core);
          }
          callback(data);
        });
      }
    });
  }

  /** The box shows from the first paint (.needs-js), but it cannot work without the index. */
  function noIndex() {
    var box = document.getElementById('search');
    if (box) {
      box.hidden = true;
    }
  }

  /**
   * With everything a split index's questions are needed for: calls back with the index's data once its core
   * and every question part are there, or with null when they cannot be loaded. For the scripts that go
   * through all the questions (study mode, flashcards, the mock interview); search itself loads the parts
   * of the results it shows.
   */
  function loadAll(callback) {
    load(function (ready) {
      if (ready === null || questionPartsLeft === 0) {
        callback(ready);
        return;
      }
      loadQuestionParts(questionPartsLeftOver(), function (ok) {
        callback(ok ? data : null);
      });
    });
  }

  /** The number of the last range in starts (sorted first items) that starts at or before x. */
  function rangeOf(starts, x) {
    var lo = 0;
    var hi = starts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= x) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The shard that holds a term's postings: the last one that starts at or before it. */
  function shardOf(term) {
    return rangeOf(shardStarts, term);
  }

  /** The numbers of the question parts, not loaded yet, that hold any of the documents. */
  function questionPartsFor(docs) {
    var missing = [];
    if (questionPartsLeft === 0) {
      return missing;
    }
    docs.forEach(function (d) {
      if (d < Q && questions[d] === undefined) {
        var k = rangeOf(questionStarts, d);
        if (!questionsLoaded[k] && missing.indexOf(k) < 0) {
          missing.push(k);
        }
      }
    });
    return missing;
  }

  /** Every question part not loaded yet. */
  function questionPartsLeftOver() {
    var missing = [];
    (questionsLoaded || []).forEach(function (loaded, k) {
      if (!loaded) {
        missing.push(k);
      }
    });
    return missing;
  }

  /** Loads question parts (by number) and calls back with whether all of them arrived whole; at once for none. */
  function loadQuestionParts(numbers, callback) {
    var left = numbers.length;
    var ok = true;
    if (left === 0) {
      callback(true);
      return;
    }
    numbers.forEach(function (k) {
      loadPart(data.questionParts[k][1], function (part) {
        var first = questionStarts[k];
        var end = k + 1 < questionStarts.length ? questionStarts[k + 1] : Q;
        if (part !== null && part.first === first && Array.isArray(part.questions)
            && part.questions.length === end - first) {
          for (var d = first; d < end; d++) {
            questions[d] = part.questions[d - first];
          }
          if (!questionsLoaded[k]) {
            questionsLoaded[k] = true;
            questionPartsLeft--;
          }
        } else if (!questionsLoaded[k]) {
          ok = false;
        }
        if (--left === 0) {
          callback(ok);
        }
      });
    });
  }

  /** Calls back, with whether they came, once the question parts of the given documents are there. */
  function withQuestions(docs, callback) {
    loadQuestionParts(questionPartsFor(docs), callback);
  }

  /** Loads shards (by number) and calls back with whether all of them arrived whole. */
  function loadShards(numbers, callback) {
    var left = numbers.length;
    var ok = true;
    numbers.forEach(function (k) {
      loadPart(data.shards[k][1], function (shard) {
        var first = shardStarts[k];
        var end = k + 1 < shardStarts.length ? shardStarts[k + 1] : terms.length;
        if (shard !== null && shard.first === first && Array.isArray(shard.postings)
            && shard.postings.length === end - first) {
          for (var t = first; t < end; t++) {
            postings[t] = shard.postings[t - first];
          }
          shardLoaded[k] = true;
        } else if (!shardLoaded[k]) {
          ok = false;
        }
        if (--left === 0) {
          callback(ok);
        }
      });
    });
  }

  /** Accents dropped and lower case, as SearchTerms.fold and toLowerCase do at build time. */
  function fold(text) {
    return ASCII.test(text) ? text.toLowerCase() : text.normalize('NFKD').replace(MARKS, '').toLowerCase();
  }

  // ---------------------------------------------------------------- words as people write them

  // British spellings that a stem alone does not bring together with the American ones (the -ise and
  // -isation endings and doubled l's are the stemmer's): colour, centre, catalogue, licence, programme.
  var BRITISH = [
    [/^(behavi|col|fav|hon|lab|neighb|flav|hum|rum|harb|endeav|vap|sav|arm|parl)our/, '$1or'],
    [/^(cent|met|lit|fib|theat|manoeuv)re/, '$1er'],
    [/^(catalo|dialo|analo)gue/, '$1g'],
    [/^(licen|defen|offen|preten)ce/, '$1se'],
    [/^programme/, 'program'],
    [/^practis/, 'practic'],
    [/^grey/, 'gray'],
    [/^anaesthe/, 'anesthe'],
    [/^(aluminium)/, 'aluminum']
  ];
  // Verbs whose past does not end in -ed, as their present: "how I chose partition keys".
  var IRREGULAR = {chose: 'choose', chosen: 'choose', wrote: 'write', written: 'write', built: 'build', made: 'make',
    found: 'find', kept: 'keep', began: 'begin', begun: 'begin', taken: 'take', took: 'take', gave: 'give',
    given: 'give', knew: 'know', known: 'know', sent: 'send', spent: 'spend', thought: 'think', brought: 'bring',
    bought: 'buy', caught: 'catch', held: 'hold', lost: 'lose', meant: 'mean', paid: 'pay', ran: 'run', sold: 'sell',
    told: 'tell', understood: 'understand', went: 'go', gone: 'go'};
  // Endings that make words of other words (calculation, calculator, consistency), longest first.
  var DERIVED = ['izations', 'isations', 'ization', 'isation', 'ations', 'ation', 'ators', 'ator', 'ements', 'ement',
    'ments', 'ment', 'nesses', 'ness', 'ities', 'ity', 'ables', 'able', 'ibles', 'ible', 'fully', 'ful', 'ously',
    'ous', 'ively', 'ive', 'ically', 'ical', 'ally', 'izes', 'ize', 'ises', 'ise', 'ions', 'ion', 'ates', 'ate',
    'ances', 'ance', 'ences', 'ence', 'ency', 'ancy', 'ents', 'ent', 'ants', 'ant', 'isms', 'ism', 'ists', 'ist',
    'ics', 'ic', 'ers', 'er', 'ors', 'or', 'als', 'al', 'ly'];

  /**
   * A light English stemmer, so that calculate, calculating and calculation meet, and optimise and
   * optimization: plurals and verb endings, then up to two derivational endings, a final e and a doubled
   * letter. Written here rather than taken from a library: the theme's scripts are plain files, without a
   * bundler, and search.js stems both the index's terms and the query's words with this one function, so
   * the build needs no stemmer of its own that would have to agree with it. Stems are compared, never
   * shown, so over-stemming only brings together words that a query then finds with a lower score.
   */
  function stem(word) {
    if (!english || word.length < 4 || !/^[a-z]+$/.test(word)) {
      return word;
    }
    var w = IRREGULAR[word] || word;
    for (var b = 0; b < BRITISH.length; b++) {
      w = w.replace(BRITISH[b][0], BRITISH[b][1]);
    }
    if (/sses$/.test(w)) {
      w = w.slice(0, -2);
    } else if (/ies$/.test(w) && w.length > 4) {
      w = w.slice(0, -3) + 'y';
    } else if (/[^s]s$/.test(w)) {
      w = w.slice(0, -1);
    }
    var verb = /^(.{3,}?)(ing|ed)$/.exec(w);
    if (/ied$/.test(w) && w.length > 4) {
      w = w.slice(0, -3) + 'y';
    } else if (verb !== null && !/eed$/.test(w) && /[aeiouy]/.test(verb[1])) {
      w = verb[1];
      if (/(at|is|iz|bl)$/.test(w)) {
        w += 'e';
      }
    }
    for (var pass = 0; pass < 2; pass++) {
      for (var i = 0; i < DERIVED.length; i++) {
        var ending = DERIVED[i];
        // -ion only after s or t (partition, version, not region), and not down to four letters (portion).
        var isIon = ending.indexOf('ion') === 0;
        if (w.length - ending.length >= (isIon ? 5 : 4) && w.endsWith(ending)
            && (!isIon || /[st]$/.test(w.slice(0, -ending.length)))) {
          w = w.slice(0, -ending.length);
          break;
        }
      }
    }
    if (w.length > 4 && w.endsWith('e')) {
      w = w.slice(0, -1);
    }
    if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[aeiou]/.test(w[w.length - 1])) {
      w = w.slice(0, -1);
    }
    return w;
  }

  function termStem(t) {
    var s = stems.get(t);
    if (s === undefined) {
      s = stem(terms[t]);
      stems.set(t, s);
    }
    return s;
  }

  /**
   * A query's tokens as SearchTerms splits text: words of letters and digits, runs of CJK characters as
   * overlapping pairs, digits glued to a unit also apart. Stop words are kept here, for gluing.
   */
  function tokens(text) {
    var result = [];
    (fold(text).match(TOKEN) || []).forEach(function (token) {
      if (CJK.test(token)) {
        var chars = Array.from(token);
        if (chars.length === 1) {
          result.push(token);
        }
        for (var i = 0; i + 1 < chars.length; i++) {
          result.push(chars[i] + chars[i + 1]);
        }
        return;
      }
      var split = DIGITS_THEN_LETTERS.exec(token);
      if (split !== null) {
        result.push(split[1], split[2]);
      } else {
        result.push(token);
      }
    });
    return result;
  }

  // A single letter stays: the index has none, but as the first letter of a word being typed it is a prefix.
  function ignored(w, others) {
    return stopWords.has(w) || (others && COMPARING.has(w));
  }

  /** The distinct words of a query, without stop words (nor comparison words, when others remain). */
  function words(text) {
    var all = tokens(text);
    var others = all.some(function (w) {
      return !ignored(w, false) && !COMPARING.has(w);
    });
    var result = [];
    all.forEach(function (w) {
      if (!ignored(w, others) && result.indexOf(w) < 0) {
        result.push(w);
      }
    });
    return result;
  }

  /** The first term not less than word (terms are sorted by UTF-16 code units, as Java sorts them). */
  function lowerBound(word) {
    var lo = 0;
    var hi = terms.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (terms[mid] < word) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The number of a term, or -1. */
  function termNumber(word) {
    var i = lowerBound(word);
    return i < terms.length && terms[i] === word ? i : -1;
  }

  /** Whether a and b differ by at most one letter changed, added, removed, or two neighbours swapped. */
  function withinOneEdit(a, b) {
    var la = a.length;
    var lb = b.length;
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    var i = 0;
    while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) {
      i++;
    }
    if (la === lb) {
      return i === la || a.slice(i + 1) === b.slice(i + 1)
          || (i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // Rows for editDistance, allocated once (words longer than 63 letters get no typos).
  var rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

  /**
   * The number of edits (a letter changed, added, removed, or two neighbours swapped) from a to b, or
   * max + 1 when it is more than max: the rows of the classic table, abandoned once a row is over max.
   */
  function editDistance(a, b, max) {
    var la = a.length;
    var lb = b.length;
    if (Math.abs(la - lb) > max || lb >= 64) {
      return max + 1;
    }
    var older = rows[0];
    var prev = rows[1];
    var cur = rows[2];
    for (var j = 0; j <= lb; j++) {
      prev[j] = j;
    }
    for (var i = 1; i <= la; i++) {
      cur[0] = i;
      var rowMin = i;
      for (j = 1; j <= lb; j++) {
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
        if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
          v = Math.min(v, older[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
      var t = older;
      older = prev;
      prev = cur;
      cur = t;
    }
    return prev[lb];
  }

  /**
   * How many typos a word may have: none below 4 letters, one from 4, two from 7 ("partion" for
   * partition is two letters missing, and a common way to write it).
   */
  function typosAllowed(word) {
    return word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0;
  }

  /**
   * The terms a word stands for, as a map from term number to how much a match counts: the word itself,
   * the words of the same stem, longer words it begins; only when none of these is there, the words a
   * typo or two away (or whose beginning is one typo away).
   */
  function expand(word) {
    var found = new Map();
    function add(t, kind) {
      if (!(found.get(t) >= kind)) {
        found.set(t, kind);
      }
    }
    var i = lowerBound(word);
    var exact = i < terms.length && terms[i] === word;
    for (; i < terms.length && terms[i].startsWith(word); i++) {
      add(i, terms[i] === word ? EXACT : 0.4 + 0.5 * word.length / terms[i].length);
    }
    var s = stem(word);
    var sameStem = false;
    if (s !== word || word.length >= 4) {
      // A stem begins the words it comes from but for its last letter or so (query, queries).
      var from = s.slice(0, Math.max(3, s.length - 1));
      for (i = lowerBound(from); i < terms.length && terms[i].startsWith(from); i++) {
        if (terms[i] !== word && termStem(i) === s) {
          add(i, SAME_STEM);
          sameStem = true;
        }
      }
    }
    if (found.size === 0 && typosAllowed(word) > 0) {
      var n = word.length;
      var allowed = typosAllowed(word);
      for (var j = 0; j < terms.length; j++) {
        var term = terms[j];
        if (Math.abs(term.length - n) <= allowed) {
          var edits = allowed === 1 ? (withinOneEdit(word, term) ? 1 : 2) : editDistance(word, term, 2);
          if (edits <= allowed) {
            add(j, edits === 1 ? ONE_TYPO : TWO_TYPOS);
            continue;
          }
        }
        if (term.length > n + 1 && (withinOneEdit(word, term.slice(0, n))
            || withinOneEdit(word, term.slice(0, n + 1)) || withinOneEdit(word, term.slice(0, n - 1)))) {
          add(j, TYPO_IN_PREFIX);
        }
      }
    }
    return {found: found, strong: exact || sameStem};
  }

  /**
   * A query's words with what each stands for: [{word, found}], found as expand() gives it. Words glued
   * by the query are found apart and words apart found glued: "on demand" also as the index's
   * "ondemand" (from on-demand), "autoscaling" as "auto" and "scaling" when the index has no
   * "autoscaling". A word that stands for nothing has an empty map.
   */
  function understand(text) {
    var all = tokens(text);
    var query = words(text);
    var result = query.map(function (w) {
      var e = expand(w);
      return {word: w, found: e.found, strong: e.strong};
    });
    function entry(w) {
      for (var k = 0; k < result.length; k++) {
        if (result[k].word === w) {
          return result[k];
        }
      }
      return null;
    }
    // Two neighbours glued: the glued term counts for each of them (or is a word of its own, when both
    // are stop words).
    for (var i = 0; i + 1 < all.length; i++) {
      var glued = termNumber(all[i] + all[i + 1]);
      if (glued < 0 || CJK.test(all[i])) {
        continue;
      }
      var a = entry(all[i]);
      var b = entry(all[i + 1]);
      if (a === null && b === null) {
        var m = new Map();
        m.set(glued, GLUED);
        result.push({word: all[i] + all[i + 1], found: m, strong: true});
      }
      [a, b].forEach(function (e) {
        if (e !== null && !(e.found.get(glued) >= GLUED)) {
          e.found.set(glued, GLUED);
        }
      });
    }
    // A word that is two words of the index glued together, when the index does not have it as it is.
    for (var k = 0; k < result.length; k++) {
      var w = result[k].word;
      if (result[k].strong || w.length < 5 || CJK.test(w)) {
        continue;
      }
      for (var cut = 2; cut <= w.length - 2; cut++) {
        var left = w.slice(0, cut);
        var right = w.slice(cut);
        if (termNumber(left) >= 0 && termNumber(right) >= 0) {
          var parts = [left, right].map(function (p) {
            var e = expand(p);
            return {word: p, found: e.found, strong: e.strong};
          });
          result.splice.apply(result, [k, 1].concat(parts));
          k += parts.length - 1;
          break;
        }
      }
    }
    // A phrase of a group of synonyms (an acronym's words, "time to live") also stands for the group's
    // one-word members (ttl), as the index has them.
    (data.synonyms || []).forEach(function (group) {
      group.forEach(function (phrase) {
        var p = phrase.split(' ');
        for (var at = 0; p.length > 1 && at + p.length <= result.length; at++) {
          if (p.every(samePlace(at))) {
            group.forEach(addTo(at, p.length));
          }
        }
      });
    });
    function samePlace(at) {
      return function (w, k) {
        return stem(result[at + k].word) === stem(w);
      };
    }
    function addTo(at, length) {
      return function (other) {
        var t = other.indexOf(' ') < 0 ? termNumber(other) : -1;
        for (var k = at; t >= 0 && k < at + length; k++) {
          if (!(result[k].found.get(t) >= GLUED)) {
            result[k].found.set(t, GLUED);
          }
        }
      };
    }
    return result;
  }

  /**
   * Whether document d passes the filters ({category, level, tag}, each '' for any, and on a library's page
   * guide); a page only when none is set.
   */
  function passes(d, filters) {
    if (d >= Q) {
      return !filtering(filters);
    }
    var q = questions[d];
    // Without its part (a split index), a question's category comes from the categories' sizes; a level or
    // tag filter waits for every part (search()).
    var c = q !== undefined ? q[2] : rangeOf(categoryStarts, d);
    return (!filters.guide || data.categories[c][4] === filters.guide)
        && (filters.category === '' || data.categories[c][0] === filters.category)
        && (filters.level === '' || (q[3] >= 0 && data.levels[q[3]][0] === filters.level))
        && (filters.tag === '' || q[4].indexOf(filters.tag) >= 0);
  }

  function filtering(filters) {
    return !!filters.guide || filters.category !== '' || filters.level !== '' || filters.tag !== '';
  }

  /**
   * The words of a document's title, folded, for proximity: the question, or the page section's heading
   * and the page's title.
   */
  var titleWords = new Map();
  function titleTokens(d) {
    var w = titleWords.get(d);
    if (w === undefined) {
      var text = d < Q ? questions[d][1] : data.pages[d - Q][0] + ' ' + data.pages[d - Q][1];
      w = tokens(text);
      titleWords.set(d, w);
    }
    return w;
  }

  /** Whether a title's token is one of the terms a query word stands for. */
  function stands(token, entry) {
    var t = termNumber(token);
    return t >= 0 && entry.found.has(t);
  }

  /**
   * How much closer together the query's words are in a document's title: 1 plus 0.25 for each pair of
   * neighbouring query words that stand side by side there, in order.
   */
  function proximity(d, query) {
    var title = titleTokens(d).filter(function (w) {
      return !stopWords.has(w);
    });
    var bonus = 1;
    for (var k = 0; k + 1 < query.length; k++) {
      for (var i = 0; i + 1 < title.length; i++) {
        if (stands(title[i], query[k]) && stands(title[i + 1], query[k + 1])) {
          bonus += 0.25;
          break;
        }
      }
    }
    return bonus;
  }

  /**
   * Runs a query over the loaded index: {results: document numbers best first (null when there is
   * nothing to search for), matched: the set of terms that matched, for highlighting, unknown: the
   * query's words that stand for nothing}; or, when the query needs shards of a split index that are not
   * loaded yet, {missing: their numbers}, or question parts (for a level or tag filter, or the titles of the
   * first results, for proximity), {missingQuestions: their numbers} (query() loads them).
   *
   * Documents that have every word come first, then those with fewer; within each, by score: per word,
   * the best of its terms' weight in the document times the term's rarity times its kind of match, summed
   * over the words, and raised when the words stand side by side in the title.
   */
  function search(text, filters) {
    var matched = new Set();
    var results = [];
    var d;
    var query = words(text).length === 0 ? [] : understand(text);
    if (questionPartsLeft > 0 && (filters.level !== '' || filters.tag !== '')) {
      return {missingQuestions: questionPartsLeftOver()};
    }
    if (query.length === 0) {
      if (!filtering(filters)) {
        return {results: null, matched: matched, unknown: []};
      }
      for (d = 0; d < Q; d++) {
        if (passes(d, filters)) {
          results.push(d);
        }
      }
      return {results: results, matched: matched, unknown: []};
    }
    var known = query.filter(function (q) {
      return q.found.size > 0;
    });
    var unknown = query.filter(function (q) {
      return q.found.size === 0;
    }).map(function (q) {
      return q.word;
    });
    var missing = [];
    known.forEach(function (q) {
      q.found.forEach(function (kind, t) {
        if (shardLoaded !== null) {
          var shard = shardOf(t);
          if (!shardLoaded[shard] && missing.indexOf(shard) < 0) {
            missing.push(shard);
          }
        }
      });
    });
    if (missing.length > 0) {
      return {missing: missing};
    }
    total.fill(0);
    hits.fill(0);
    for (var w = 0; w < known.length; w++) {
      best.fill(0);
      known[w].found.forEach(function (kind, term) {
        var list = postings[term];
        // The term's rarity: ln(1 + documents / documents with the term).
        var weight = Math.log(1 + N / (list.length / 2)) * kind;
        matched.add(terms[term]);
        var doc = 0;
        for (var k = 0; k < list.length; k += 2) {
          doc += list[k];
          var score = list[k + 1] * weight;
          if (score > best[doc]) {
            best[doc] = score;
          }
        }
      });
      for (d = 0; d < N; d++) {
        if (best[d] > 0) {
          total[d] += best[d];
          hits[d]++;
        }
      }
    }
    for (d = 0; d < N; d++) {
      if (hits[d] > 0 && passes(d, filters)) {
        results.push(d);
      }
    }
    // A word that a document lacks costs it a share of its score, squared: a document with three words
    // of four keeps 56 %.
    results.forEach(function (r) {
      var coverage = hits[r] / known.length;
      total[r] *= coverage * coverage;
    });
    function byScore(a, b) {
      return total[b] - total[a] || a - b;
    }
    results.sort(byScore);
    // Proximity reorders the first results only: reading every title of a long list would cost more than
    // a keystroke may.
    if (known.length > 1) {
      var top = results.slice(0, PROXIMITY_TOP);
      var titlesMissing = questionPartsFor(top.filter(function (r) {
        return hits[r] === known.length;
      }));
      if (titlesMissing.length > 0) {
        return {missingQuestions: titlesMissing};
      }
      top.forEach(function (r) {
        if (hits[r] === known.length) {
          total[r] *= proximity(r, known);
        }
      });
      top.sort(byScore);
      results = top.concat(results.slice(PROXIMITY_TOP));
    }
    return {results: results, matched: matched, unknown: unknown};
  }

  /**
   * For a query that found nothing: the query with each word that stands for nothing replaced by the
   * index's nearest term (more typos allowed than a search forgives), or null when none is near.
   */
  function suggest(text) {
    var changed = false;
    var out = words(text).map(function (w) {
      if (expand(w).found.size > 0) {
        return w;
      }
      var max = w.length < 4 ? 1 : w.length < 8 ? 2 : 3;
      var bestTerm = null;
      var bestEdits = max + 1;
      var bestCount = 0;
      for (var t = 0; t < terms.length; t++) {
        if (CJK.test(terms[t]) !== CJK.test(w)) {
          continue;
        }
        var edits = editDistance(w, terms[t], max);
        var count = postings[t] ? postings[t].length : 0;
        if (edits < bestEdits || (edits === bestEdits && edits <= max && count > bestCount)) {
          bestTerm = terms[t];
          bestEdits = edits;
          bestCount = count;
        }
      }
      if (bestTerm === null) {
        return w;
      }
      changed = true;
      return bestTerm;
    });
    return changed ? out.join(' ') : null;
  }

  /**
   * Runs a query once the index and the shards it needs are loaded, and calls back with search()'s
   * result, or with null when the index cannot be loaded: at once when nothing has to be loaded.
   */
  function query(text, filters, callback) {
    load(function (ready) {
      if (ready === null) {
        callback(null);
        return;
      }
      function loaded(ok) {
        if (ok) {
          attempt();
        } else {
          callback(null);
        }
      }
      function attempt() {
        var result = search(text, filters);
        if (result.missing) {
          loadShards(result.missing, loaded);
        } else if (result.missingQuestions) {
          loadQuestionParts(result.missingQuestions, loaded);
        } else {
          callback(result);
        }
      }
      attempt();
    });
  }

  /**
   * Once someone has searched, the shards and question parts no query has needed yet load, two shards at a
   * time, or, while question parts are missing, four parts and one shard: a person types the next letter
   * within a fraction of a second, and its results would otherwise wait for their questions (every letter
   * changes the first results, and a question part is small), and the next word's first letter for its
   * shards. Loading them only while the page was idle did not reach them in time.
   */
  var prefetching = false;
  function prefetch() {
    if (prefetching) {
      return;
    }
    prefetching = true;
    function lane(loaded, loadSome) {
      var next = 0;
      return function more() {
        while (next < loaded.length && loaded[next]) {
          next++;
        }
        if (next < loaded.length) {
          loadSome([next++], function (ok) {
            if (ok) {
              more();
            }
          });
        }
      };
    }
    var shards = lane(shardLoaded, loadShards);
    shards();
    if (questionPartsLeft > 0) {
      var parts = lane(questionsLoaded, loadQuestionParts);
      for (var k = 0; k < 4; k++) {
        parts();
      }
    } else {
      shards();
    }
  }

  /** The elements a title's inline Markdown may become (see TitleTree in the build); others show their text. */
  var TITLE_ELEMENTS = {code: true, em: true, strong: true, del: true};

  /**
   * A question's title as a fragment: with its code spans and emphasis when the index has them (q[7]),
   * built with textContent, and with matched words in <mark> when matched is given.
   */
  function titleOf(q, matched) {
    function text(t) {
      return matched ? highlight(t, matched) : document.createTextNode(t);
    }
    function parts(list, into) {
      list.forEach(function (part) {
        if (typeof part === 'string') {
          into.appendChild(text(part));
        } else if (TITLE_ELEMENTS.hasOwnProperty(part[0])) {
          var el = document.createElement(part[0]);
          parts(part.slice(1), el);
          into.appendChild(el);
        } else {
          parts(part.slice(1), into);
        }
      });
    }
    if (!q[7]) {
      return text(q[1]);
    }
    var fragment = document.createDocumentFragment();
    parts(q[7], fragment);
    return fragment;
  }

  /** Text as a fragment with the words whose terms matched (or matching camelCase parts) in <mark>. */
  function highlight(text, matched) {
    var fragment = document.createDocumentFragment();
    var last = 0;
    var word = new RegExp(WORD.source, 'gu');
    var m;
    function mark(from, to) {
      if (from > last) {
        fragment.appendChild(document.createTextNode(text.slice(last, from)));
      }
      var el = document.createElement('mark');
      el.textContent = text.slice(from, to);
      fragment.appendChild(el);
      last = to;
    }
    while ((m = word.exec(text)) !== null) {
      var token = m[0];
      if (matched.has(fold(token))) {
        mark(m.index, m.index + token.length);
        continue;
      }
      if (!CAMEL.test(token)) {
        continue;
      }
      var start = 0;
      for (var i = 1; i <= token.length; i++) {
        var boundary = i === token.length || (/\p{Ll}/u.test(token[i - 1]) && /\p{Lu}/u.test(token[i]));
        if (boundary) {
          if (matched.has(fold(token.slice(start, i)))) {
            mark(m.index + start, m.index + i);
          }
          start = i;
        }
      }
    }
    if (last < text.length) {
      fragment.appendChild(document.createTextNode(text.slice(last)));
    }
    return fragment;
  }

  /**
   * For other scripts (study mode, flashcards, mock interview) and for tests. load() (with every question)
   * and query() call back when the index is there; search(), words() and passes() need it loaded; loaded()
   * is its data, or null while a split index or any of its question parts is not loaded.
   */
  /**
   * The address of question q (an array of the loaded index) relative to the site's root: its own page, in
   * the folder the index gives its category (QuestionUrls in the build decides both), with the question as
   * the target, so that its answer shows also in practice mode (study.js) to someone who went looking for it.
   * Search, flashcards and the mock interview all link through this.
   */
  function questionHref(q) {
    return data.categories[q[2]][3] + q[0] + '.html#' + q[0];
  }

  window.studyguideSearch = {load: loadAll, query: query, search: search, words: words, stem: stem, tokens: tokens,
    suggest: suggest, passes: passes, highlight: highlight, title: titleOf, questionHref: questionHref, loaded: function () {
      return questionPartsLeft === 0 ? data : null;
    }};
  // A whole index is used as soon as it is there; a split one's core waits for someone to search.
  loadIndex(function (index) {
    if (index === null) {
      noIndex();
    } else if (!index.core && data === null) {
      use(index);
    }
  });

  // ---------------------------------------------------------------- the search box

  var box = document.getElementById('search');
  if (!box) {
    return;
  }
  // The words in the guide's language (labels.js); a page without them shows each word's key.
  var labels = window.studyguideLabels || {t: String, n: String};
  var root = box.getAttribute('data-root') || '';
  // On a tool's page (flashcards, the mock interview) the query string is the tool's settings
  // (?category=gsi): read as a shared search, it would open the panel over the tool. There the search
  // neither reads nor writes the URL.
  var keepsUrl = box.getAttribute('data-url') !== 'page';
  var input = document.getElementById('search-input');
  var panel = document.getElementById('search-panel');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var more = document.getElementById('search-more');
  var suggestion = document.getElementById('search-suggestion');
  var suggested = document.getElementById('search-suggested');
  var selects = {
    category: document.getElementById('search-category'),
    level: document.getElementById('search-level'),
    tag: document.getElementById('search-tag')
  };
  // A library's page searches every guide (its index names them) and has a guide filter too.
  if (document.getElementById('search-guide')) {
    selects.guide = document.getElementById('search-guide');
  }

  /** A category's name as the filter and results show it: in a library's index, two guides may share one, so it says its guide. */
  function categoryName(c) {
    var guide = c.length > 4 ? (data.guides || []).filter(function (g) {
      return g[0] === c[4];
    })[0] : null;
    return guide ? guide[1] + ': ' + c[1] : c[1];
  }

  function option(select, value, label) {
    var o = document.createElement('option');
    o.value = value;
    o.textContent = label;
    select.appendChild(o);
  }

  /** The filters' choices, from the index: once, when it is there. */
  var filled = false;
  function fillFilters() {
    if (filled || data === null) {
      return;
    }
    filled = true;
    if (selects.guide) {
      (data.guides || []).forEach(function (g) {
        option(selects.guide, g[0], g[1]);
      });
    }
    data.categories.forEach(function (c) {
      option(selects.category, c[0], categoryName(c));
    });
    data.levels.forEach(function (l) {
      option(selects.level, l[0], l[1]);
    });
    // A split index lists the tags in its core: its questions come later, part by part.
    var tags = new Set(data.tags || []);
    questions.forEach(function (q) {
      q[4].forEach(function (tag) {
        tags.add(tag);
      });
    });
    Array.from(tags).sort().forEach(function (tag) {
      option(selects.tag, tag, tag);
    });
  }

  var current = {results: null, matched: new Set()};
  var shown = 0;
  var active = -1;

  function filters() {
    var f = {category: selects.category.value, level: selects.level.value, tag: selects.tag.value};
    if (selects.guide) {
      f.guide = selects.guide.value;
    }
    return f;
  }

  function open() {
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close() {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }

  function setActive(i) {
    var items = list.children;
    if (active >= 0 && active < items.length) {
      items[active].setAttribute('aria-selected', 'false');
    }
    active = i;
    if (i >= 0 && i < items.length) {
      items[i].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', items[i].id);
      items[i].scrollIntoView({block: 'nearest'});
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function href(d) {
    if (d >= Q) {
      var page = data.pages[d - Q][2];
      if (document.body.classList.contains('single-file')) {
        // The single-file export prefixes each page's ids with the page's own id.
        var id = page.slice(0, page.indexOf('.html'));
        var hash = page.indexOf('#');
        return hash < 0 ? '#page--' + id : '#' + id + '--' + page.slice(hash + 1);
      }
      return root + page;
    }
    var q = questions[d];
    // In the single-file export every question is a section of this one document.
    if (document.body.classList.contains('single-file')) {
      return '#' + q[0];
    }
    return root + questionHref(q);
  }

  function resultItem(d, n) {
    if (d >= Q) {
      return pageItem(d, n);
    }
    var q = questions[d];
    var li = document.createElement('li');
    li.id = 'search-result-' + n;
    li.className = 'search-result';
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    // Options hold no links (an option's content is presentational): a click or Enter opens data-href.
    li.setAttribute('data-href', href(d));
    var a = document.createElement('span');
    a.className = 'search-result-body';
    var title = document.createElement('span');
    title.className = 'search-result-question';
    title.appendChild(titleOf(q, current.matched));
    a.appendChild(title);
    var meta = document.createElement('span');
    meta.className = 'search-result-meta';
    var category = document.createElement('span');
    category.className = 'search-result-category';
    category.textContent = categoryName(data.categories[q[2]]);
    meta.appendChild(category);
    if (q[3] >= 0) {
      var level = document.createElement('span');
      level.className = 'level level-' + data.levels[q[3]][0];
      level.textContent = data.levels[q[3]][1];
      meta.appendChild(level);
    }
    q[4].forEach(function (tag) {
      var span = document.createElement('span');
      span.className = 'tag';
      span.appendChild(highlight(tag, current.matched));
      meta.appendChild(span);
    });
    a.appendChild(meta);
    // A question's prompt and options (q[6], when it has them; empty when only the title is formatted) are
    // context as its key points are.
    var point = bestKeyPoint(q[6] ? q[5].concat(q[6]) : q[5]);
    var note = current.notes ? current.notes.get(d) : undefined;
    if (note !== undefined) {
      var yours = document.createElement('span');
      yours.className = 'search-result-context search-result-note';
      var lead = document.createElement('strong');
      lead.textContent = labels.t('search_your_note');
      yours.appendChild(lead);
      yours.appendChild(document.createTextNode(' '));
      yours.appendChild(highlight(noteLine(note), note.matched));
      a.appendChild(yours);
    } else if (point !== null) {
      var context = document.createElement('span');
      context.className = 'search-result-context';
      context.appendChild(highlight(point, current.matched));
      a.appendChild(context);
    }
    li.appendChild(a);
    return li;
  }

  /** A result that is a section of a free-form page: its heading (or the page's title), then the page's title. */
  function pageItem(d, n) {
    var p = data.pages[d - Q];
    var li = document.createElement('li');
    li.id = 'search-result-' + n;
    li.className = 'search-result';
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.setAttribute('data-href', href(d));
    var body = document.createElement('span');
    body.className = 'search-result-body';
    var title = document.createElement('span');
    title.className = 'search-result-question';
    title.appendChild(highlight(p[1] || p[0], current.matched));
    body.appendChild(title);
    var meta = document.createElement('span');
    meta.className = 'search-result-meta';
    var page = document.createElement('span');
    page.className = 'search-result-page';
    page.textContent = p[1] ? 'Page: ' + p[0] : 'Page';
    meta.appendChild(page);
    body.appendChild(meta);
    li.appendChild(body);
    return li;
  }

  /** The key point with the most matched words, or null when none has any. */
  function bestKeyPoint(points) {
    var best = null;
    var bestCount = 0;
    points.forEach(function (p) {
      var count = (fold(p).match(WORD) || []).filter(function (w) {
        return current.matched.has(w);
      }).length;
      if (count > bestCount) {
        best = p;
        bestCount = count;
      }
    });
    return best;
  }

  // ---------------------------------------------------------------- the reader's notes

  // A note's words and their stems, by the note's text: notes change between keystrokes only when typed
  // in on this page, and stemming every word of every note for each letter of a query would cost more.
  var noteWords = new Map();
  var questionNumbers = null;

  function wordsOfNote(text) {
    var known = noteWords.get(text);
    if (known === undefined) {
      var own = Array.from(new Set(tokens(text)));
      known = {tokens: own, stems: own.map(stem)};
      noteWords.set(text, known);
    }
    return known;
  }

  /**
   * The questions whose note in this browser (notes.js) has every word of the query, as a word, the start
   * of one or a word of the same stem, and that pass the filters: a map from each to its note's words
   * that matched.
   */
  function inNotes(text, f) {
    var found = new Map();
    var notes = window.studyguideNotes ? window.studyguideNotes.all() : {};
    var query = words(text);
    var ids = Object.keys(notes);
    if (ids.length === 0 || query.length === 0) {
      return found;
    }
    if (questionNumbers === null) {
      questionNumbers = new Map(questions.map(function (q, d) {
        return [q[0], d];
      }));
    }
    ids.forEach(function (id) {
      var d = questionNumbers.get(id);
      if (d === undefined || !passes(d, f)) {
        return;
      }
      var own = wordsOfNote(notes[id]);
      var matched = new Set();
      var every = query.every(function (w) {
        var stemmed = stem(w);
        var hit = false;
        own.tokens.forEach(function (t, k) {
          if (t.indexOf(w) === 0 || own.stems[k] === stemmed) {
            matched.add(t);
            hit = true;
          }
        });
        return hit;
      });
      if (every) {
        found.set(d, {text: notes[id], matched: matched});
      }
    });
    return found;
  }

  /**
   * The results with the questions whose notes match first: what the reader wrote in their own words is
   * what they are most likely looking for, and the guide's text may not have those words at all.
   */
  function withNotes(result, text, f) {
    if (result.results === null) {
      return result;
    }
    var mine = inNotes(text, f);
    if (mine.size === 0) {
      return result;
    }
    var first = result.results.filter(function (d) {
      return mine.has(d);
    });
    var onlyInNotes = Array.from(mine.keys()).filter(function (d) {
      return first.indexOf(d) < 0;
    }).sort(function (a, b) {
      return a - b;
    });
    var rest = result.results.filter(function (d) {
      return !mine.has(d);
    });
    return {results: first.concat(onlyInNotes, rest), matched: result.matched, unknown: result.unknown, notes: mine};
  }

  /** The line of a note with the most matched words, cut to a line of a result. */
  function noteLine(note) {
    var best = '';
    var bestCount = -1;
    note.text.split(/\n+/).forEach(function (line) {
      var count = tokens(line).filter(function (t) {
        return note.matched.has(t);
      }).length;
      if (count > bestCount) {
        best = line.trim();
        bestCount = count;
      }
    });
    return best.length > 200 ? best.slice(0, 199) + '…' : best;
  }

  /**
   * Adds the next results to the list, then calls then (if given): at once when their questions are there,
   * as they are for the first page (update() loads them before it shows it), otherwise once their parts of
   * a split index have come.
   */
  // The results whose next page is on its way, so that a second click or key meanwhile adds it once.
  var adding = null;
  function showMore(then) {
    var results = current.results;
    var end = Math.min(results.length, shown + PAGE);
    var showing = current;
    if (adding === showing) {
      return;
    }
    adding = showing;
    withQuestions(results.slice(shown, end), function (ok) {
      if (adding === showing) {
        adding = null;
      }
      if (current !== showing || !ok) {
        return;
      }
      var fragment = document.createDocumentFragment();
      for (var i = shown; i < end; i++) {
        fragment.appendChild(resultItem(results[i], i));
      }
      list.appendChild(fragment);
      shown = end;
      more.hidden = shown >= results.length;
      more.textContent = labels.n('search_more_left', results.length - shown);
      if (then) {
        then();
      }
    });
  }

  /** Shows the current results; with a message instead when there are none to show. */
  function render(message) {
    list.textContent = '';
    shown = 0;
    setActive(-1);
    suggestion.hidden = true;
    var results = current.results;
    if (results === null) {
      // A guide without levels hides the level filter (header-tools.ftlh), and the hint does not name it.
      status.textContent = message || labels.t(selects.level.closest('label').hidden ? 'search_hint_no_levels' : 'search_hint');
      more.hidden = true;
      return;
    }
    if (current.closest) {
      status.textContent = labels.t('search_closest');
      suggestion.hidden = false;
      suggested.textContent = current.closest;
    } else {
      status.textContent = results.length === 0 ? labels.t('search_none') : labels.n('result_count', results.length);
    }
    showMore();
  }

  /**
   * When nothing matches: the query with its unknown words replaced by the index's nearest terms, and its
   * first results, the closest questions; calls back with the result to show.
   */
  function closest(result, text, callback) {
    var better = result.results !== null && result.results.length === 0 && input.value.trim() !== ''
        ? suggest(text) : null;
    if (better === null) {
      callback(result);
      return;
    }
    query(better, filters(), function (found) {
      if (found === null || found.results === null || found.results.length === 0) {
        callback(result);
        return;
      }
      callback({results: found.results.slice(0, 5), matched: found.matched, unknown: [], closest: better});
    });
  }

  /** The query and filters as the page's URL (?q=&category=&level=&tag=), so a search can be shared. */
  function remember() {
    if (!keepsUrl) {
      return;
    }
    var params = new URLSearchParams();
    if (input.value.trim() !== '') {
      params.set('q', input.value);
    }
    var f = filters();
    Object.keys(f).forEach(function (name) {
      if (f[name] !== '') {
        params.set(name, f[name]);
      }
    });
    var query = params.toString();
    var url = location.pathname + (query === '' ? '' : '?' + query) + location.hash;
    try {
      history.replaceState(history.state, '', url);
    } catch (e) {
      // Some browsers refuse to change a file:// URL; the search still works, it just is not in the URL.
    }
  }

  // Changing the URL costs milliseconds (the browser process takes part), so it waits for a pause in typing.
  var pendingUrl = null;

  function rememberSoon() {
    clearTimeout(pendingUrl);
    pendingUrl = setTimeout(function () {
      pendingUrl = null;
      remember();
    }, 300);
  }

  // Each query's number: an answer that arrives after a later query was asked (its shards took longer
  // to load) is dropped.
  var asked = 0;
  // Whether the last query waits for parts of a split index; if so, whether Enter was pressed meanwhile.
  var waitingForParts = false;
  var enterWhenAnswered = false;
  var slowLoad = null;

  /** Searches for the box's words and the filters, shows the results and, unless show is false, opens them. */
  function update(show) {
    var mine = ++asked;
    var answered = false;
    query(input.value, filters(), function (found) {
      if (mine !== asked || found === null) {
        show(found);
        return;
      }
      // The reader's notes are found by question id, which a split index has in its question parts.
      var notes = questionPartsLeft > 0 && window.studyguideNotes ? Object.keys(window.studyguideNotes.all()).length : 0;
      loadQuestionParts(notes > 0 ? questionPartsLeftOver() : [], function (ok) {
        if (!ok) {
          show(null);
          return;
        }
        closest(withNotes(found, input.value, filters()), input.value, function (result) {
          // The first page of results is shown whole: their questions' parts first.
          withQuestions(result === null || result.results === null ? [] : result.results.slice(0, PAGE), function (ok) {
            show(ok ? result : null);
          });
        });
      });
    });
    function show(result) {
      answered = true;
      if (mine !== asked) {
        return;
      }
      waitingForParts = false;
      panel.removeAttribute('aria-busy');
      clearTimeout(slowLoad);
      fillFilters();
      if (result === null) {
        current = {results: null, matched: new Set()};
        render(labels.t('search_unavailable'));
      } else {
        current = result;
        render();
      }
      if (show !== false) {
        open();
      }
      rememberSoon();
      if (shardLoaded !== null) {
        // After the results are painted: their own parts came first.
        setTimeout(prefetch, 0);
      }
      if (enterWhenAnswered) {
        enterWhenAnswered = false;
        if (list.children.length > 0) {
          go(list.children[0]);
        }
      }
    }
    if (!answered) {
      // Parts of a split index are on their way, usually in milliseconds: the results shown so far stay
      // until the new ones come (Enter meanwhile opens the first new one), and only a slow load says so.
      waitingForParts = true;
      // Screen readers (and tests) wait to read the status until the answer to the last query is in.
      panel.setAttribute('aria-busy', 'true');
      clearTimeout(slowLoad);
      slowLoad = setTimeout(function () {
        current = {results: null, matched: new Set()};
        render(labels.t('search_loading'));
        if (show !== false) {
          open();
        }
      }, 200);
    }
  }

  /** Opens a result; the search goes into this page's URL first, so Back returns to it. */
  function go(item) {
    if (pendingUrl !== null) {
      clearTimeout(pendingUrl);
      pendingUrl = null;
      remember();
    }
    location.href = item.getAttribute('data-href');
  }

  input.addEventListener('input', function () {
    update();
  });
  // A split index starts loading its core as soon as the box has focus, before the first key.
  input.addEventListener('focus', function () {
    load(fillFilters);
  });
  // A click or tap opens the panel even when empty, so the filters (browse without typing) are found;
  // focus alone does not, so tabbing past the search box never drops a panel of filters in the way.
  // From the keyboard, ArrowDown opens it.
  input.addEventListener('click', function () {
    if (panel.hidden) {
      render();
      open();
    }
  });
  Object.keys(selects).forEach(function (name) {
    selects[name].addEventListener('change', function () {
      update();
    });
  });
  suggested.addEventListener('click', function () {
    input.value = suggested.textContent;
    input.focus();
    update();
  });
  more.addEventListener('click', function () {
    var first = shown;
    var hadFocus = document.activeElement === more;
    showMore(function () {
      if (hadFocus && more.hidden) {
        // The last page hid the focused button: focus would fall to the page and close the panel. Back to
        // the box instead, on the first of the new results, so the keyboard goes on from there.
        input.focus();
        setActive(first);
      }
    });
  });
  list.addEventListener('click', function (e) {
    var item = e.target.closest('[role=option]');
    if (item) {
      go(item);
    }
  });

  input.addEventListener('keydown', function (e) {
    var count = list.children.length;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (panel.hidden) {
        update();
      } else if (count > 0) {
        if (active === count - 1 && !more.hidden) {
          showMore(function () {
            setActive(Math.min(active + 1, list.children.length - 1));
          });
        } else {
          setActive(Math.min(active + 1, list.children.length - 1));
        }
      }
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (count > 0) {
        setActive(Math.max(active - 1, 0));
      }
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (waitingForParts) {
        enterWhenAnswered = true;
      } else if (!panel.hidden && count > 0) {
        go(list.children[active >= 0 ? active : 0]);
      }
    } else if (e.key === 'Escape') {
      if (!panel.hidden) {
        e.preventDefault();
        close();
      } else if (input.value !== '') {
        e.preventDefault();
        input.value = '';
        update(false);
      }
    }
  });

  // Escape anywhere in the panel (on a filter, on "Show more") closes it and returns to the box.
  panel.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
      input.focus();
    }
  });

  // Focus leaving the box and its panel closes the panel; checked after the move, because a select's
  // option list can take focus away for a moment.
  box.addEventListener('focusout', function () {
    setTimeout(function () {
      if (!box.contains(document.activeElement)) {
        close();
      }
    }, 0);
  });

  document.addEventListener('pointerdown', function (e) {
    if (!box.contains(e.target)) {
      close();
    }
  });

  /** "/" focuses the search box, unless the person is typing in a field. */
  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) {
      return;
    }
    var target = e.target;
    var typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if (!typing) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });

  // A shared search: ?q=...&category=...&level=...&tag=... fills the box and opens the results (the
  // filters' choices come from the index, so a split one is loaded first).
  var params = new URLSearchParams(keepsUrl ? location.search : '');
  function restore() {
    fillFilters();
    input.value = params.get('q') || '';
    Object.keys(selects).forEach(function (name) {
      var value = params.get(name) || '';
      if (Array.prototype.some.call(selects[name].options, function (o) {
        return o.value === value;
      })) {
        selects[name].value = value;
      }
    });
    if (input.value !== '' || filtering(filters())) {
      update();
    }
  }
  if (data !== null) {
    restore();
  } else if (['q', 'guide', 'category', 'level', 'tag'].some(function (name) {
    return params.get(name);
  })) {
    input.value = params.get('q') || '';
    load(restore);
  }
}());
