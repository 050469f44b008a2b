/*
 * studyguide search: the header's search box over the search index (assets/search-index.js).
 *
 * All words must match; each word matches a term exactly or as a prefix, and a word that matches nothing
 * of either kind may have one typo (a letter wrong, missing, extra or two letters swapped). Results are
 * ranked by field-weighted term weights times the term's rarity. The index format is described in
 * docs/search.md; SearchTerms.java splits text into terms exactly as words() below splits queries.
 *
 * A small index is all in search-index.js, which every page loads. A large one is split: search-index.js
 * only names the core (questions and terms), which names the shards (postings of ranges of terms); they
 * are loaded as scripts when someone searches (the core when the box gets focus, a shard when a query
 * needs its terms), because scripts, unlike fetch, load from file://. The single-file export has every
 * part inlined, so nothing is loaded there.
 *
 * Everything is inserted into the page as text (textContent, createElement), never as HTML.
 */
(function () {
  'use strict';

  var index = window.studyguideIndex;
  if (!index || index.format !== 2) {
    // The box shows from the first paint (.needs-js), but it cannot work without the index.
    var unusable = document.getElementById('search');
    if (unusable) {
      unusable.hidden = true;
    }
    return;
  }

  // ---------------------------------------------------------------- loading the parts of a split index

  // The parts lie beside this script, whatever the depth of the page (inlined, it has no address).
  var here = document.currentScript ? document.currentScript.src : '';
  var parts = window.studyguideIndexParts || (window.studyguideIndexParts = {});
  var waiting = {};

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
  var MARKS = /\p{M}+/gu;
  var ASCII = /^[\x00-\x7f]*$/;
  var CAMEL = /\p{Ll}\p{Lu}/u;
  var PAGE = 20;

  // Set by use() once the index (or the core of a split one) is there.
  var data = null;
  var terms;
  var postings;
  var questions;
  var N;
  var stopWords;
  // A split index: each shard's first term, and whether it is loaded; null when nothing is split.
  var shardStarts = null;
  var shardLoaded = null;
  // Scratch space for search(), allocated once: per question, the score so far, the words matched, and
  // the best score of the current word.
  var total;
  var hits;
  var best;

  function use(d) {
    terms = d.terms;
    questions = d.questions;
    N = questions.length;
    stopWords = new Set(d.stopWords);
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
    loadPart(index.core, function (core) {
      if (data === null && core !== null && Array.isArray(core.terms) && Array.isArray(core.questions)
          && Array.isArray(core.shards)) {
        use(core);
      }
      callback(data);
    });
  }

  /** The shard that holds a term's postings: the last one that starts at or before it. */
  function shardOf(term) {
    var lo = 0;
    var hi = shardStarts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >>> 1;
      if (shardStarts[mid] <= term) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
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

  /** The distinct words of a query, without stop words. */
  function words(text) {
    var found = fold(text).match(WORD) || [];
    var result = [];
    found.forEach(function (w) {
      if (!stopWords.has(w) && result.indexOf(w) < 0) {
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

  /**
   * The terms a word stands for, each with how much a match counts: 1 for the word itself, less for a
   * longer term it begins, least for a term one typo away (tried only when nothing else matches).
   */
  function expand(word) {
    var found = [];
    for (var i = lowerBound(word); i < terms.length && terms[i].startsWith(word); i++) {
      found.push(i, terms[i] === word ? 1 : 0.4 + 0.5 * word.length / terms[i].length);
    }
    if (found.length === 0 && word.length >= 4) {
      var n = word.length;
      for (var j = 0; j < terms.length; j++) {
        var term = terms[j];
        if (term.length >= n - 1 && withinOneEdit(word, term)) {
          found.push(j, 0.35);
        } else if (term.length > n + 1 && (withinOneEdit(word, term.slice(0, n))
            || withinOneEdit(word, term.slice(0, n + 1)) || withinOneEdit(word, term.slice(0, n - 1)))) {
          found.push(j, 0.25);
        }
      }
    }
    return found;
  }

  /** Whether question d passes the filters ({category, level, tag}, each '' for any). */
  function passes(d, filters) {
    var q = questions[d];
    return (filters.category === '' || data.categories[q[2]][0] === filters.category)
        && (filters.level === '' || (q[3] >= 0 && data.levels[q[3]][0] === filters.level))
        && (filters.tag === '' || q[4].indexOf(filters.tag) >= 0);
  }

  function filtering(filters) {
    return filters.category !== '' || filters.level !== '' || filters.tag !== '';
  }

  /**
   * Runs a query over the loaded index: {results: question numbers best first (null when there is nothing
   * to search for), matched: the set of terms that matched, for highlighting}; or, when the query needs
   * shards of a split index that are not loaded yet, {missing: their numbers} (query() loads them).
   */
  function search(text, filters) {
    var query = words(text);
    var matched = new Set();
    var results = [];
    var d;
    if (query.length === 0) {
      if (!filtering(filters)) {
        return {results: null, matched: matched};
      }
      for (d = 0; d < N; d++) {
        if (passes(d, filters)) {
          results.push(d);
        }
      }
      return {results: results, matched: matched};
    }
    var expanded = [];
    var missing = [];
    for (var w = 0; w < query.length; w++) {
      var found = expand(query[w]);
      if (found.length === 0) {
        return {results: [], matched: matched};
      }
      expanded.push(found);
      for (var i = 0; shardLoaded !== null && i < found.length; i += 2) {
        var shard = shardOf(found[i]);
        if (!shardLoaded[shard] && missing.indexOf(shard) < 0) {
          missing.push(shard);
        }
      }
    }
    if (missing.length > 0) {
      return {missing: missing};
    }
    total.fill(0);
    hits.fill(0);
    for (w = 0; w < expanded.length; w++) {
      found = expanded[w];
      best.fill(0);
      for (var f = 0; f < found.length; f += 2) {
        var term = found[f];
        var list = postings[term];
        // The term's rarity: ln(1 + questions / questions with the term).
        var weight = Math.log(1 + N / (list.length / 2)) * found[f + 1];
        matched.add(terms[term]);
        d = 0;
        for (var k = 0; k < list.length; k += 2) {
          d += list[k];
          var score = list[k + 1] * weight;
          if (score > best[d]) {
            best[d] = score;
          }
        }
      }
      for (d = 0; d < N; d++) {
        if (best[d] > 0) {
          total[d] += best[d];
          hits[d]++;
        }
      }
    }
    for (d = 0; d < N; d++) {
      if (hits[d] === query.length && passes(d, filters)) {
        results.push(d);
      }
    }
    results.sort(function (a, b) {
      return total[b] - total[a] || a - b;
    });
    return {results: results, matched: matched};
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
      var result = search(text, filters);
      if (!result.missing) {
        callback(result);
        return;
      }
      loadShards(result.missing, function (ok) {
        callback(ok ? search(text, filters) : null);
        if (ok) {
          prefetch();
        }
      });
    });
  }

  /**
   * Once someone has searched, the shards no query has needed yet load, two at a time: a person types the
   * next word within a fraction of a second, and its first letter would otherwise wait for its shards.
   * Loading them only while the page was idle did not reach them in time.
   */
  var prefetching = false;
  function prefetch() {
    if (prefetching) {
      return;
    }
    prefetching = true;
    var next = 0;
    function more() {
      while (next < shardLoaded.length && shardLoaded[next]) {
        next++;
      }
      if (next < shardLoaded.length) {
        loadShards([next++], function (ok) {
          if (ok) {
            more();
          }
        });
      }
    }
    more();
    more();
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
   * For other scripts (study mode, flashcards, mock interview) and for tests. load() and query() call
   * back when the index is there; search(), words() and passes() need it loaded; loaded() is its data,
   * or null while a split index is not loaded.
   */
  window.studyguideSearch = {load: load, query: query, search: search, words: words, passes: passes,
    highlight: highlight, title: titleOf, loaded: function () {
      return data;
    }};
  if (!index.core) {
    use(index);
  }

  // ---------------------------------------------------------------- the search box

  var box = document.getElementById('search');
  if (!box) {
    return;
  }
  // The words in the guide's language (labels.js); a page without them shows each word's key.
  var labels = window.studyguideLabels || {t: String, n: String};
  var root = box.getAttribute('data-root') || '';
  var input = document.getElementById('search-input');
  var panel = document.getElementById('search-panel');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var more = document.getElementById('search-more');
  var selects = {
    category: document.getElementById('search-category'),
    level: document.getElementById('search-level'),
    tag: document.getElementById('search-tag')
  };

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
    data.categories.forEach(function (c) {
      option(selects.category, c[0], c[1]);
    });
    data.levels.forEach(function (l) {
      option(selects.level, l[0], l[1]);
    });
    var tags = new Set();
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
    return {category: selects.category.value, level: selects.level.value, tag: selects.tag.value};
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
    var q = questions[d];
    // In the single-file export every question is a section of this one document.
    if (document.body.classList.contains('single-file')) {
      return '#' + q[0];
    }
    return root + data.categories[q[2]][2] + '#' + q[0];
  }

  function resultItem(d, n) {
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
    category.textContent = data.categories[q[2]][1];
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
    if (point !== null) {
      var context = document.createElement('span');
      context.className = 'search-result-context';
      context.appendChild(highlight(point, current.matched));
      a.appendChild(context);
    }
    li.appendChild(a);
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

  function showMore() {
    var results = current.results;
    var end = Math.min(results.length, shown + PAGE);
    var fragment = document.createDocumentFragment();
    for (var i = shown; i < end; i++) {
      fragment.appendChild(resultItem(results[i], i));
    }
    list.appendChild(fragment);
    shown = end;
    more.hidden = shown >= results.length;
    more.textContent = labels.n('search_more_left', results.length - shown);
  }

  /** Shows the current results; with a message instead when there are none to show. */
  function render(message) {
    list.textContent = '';
    shown = 0;
    setActive(-1);
    var results = current.results;
    if (results === null) {
      // A guide without levels hides the level filter (header-tools.ftlh), and the hint does not name it.
      status.textContent = message || labels.t(selects.level.closest('label').hidden ? 'search_hint_no_levels' : 'search_hint');
      more.hidden = true;
      return;
    }
    status.textContent = results.length === 0 ? labels.t('search_none') : labels.n('question_count', results.length);
    showMore();
  }

  /** The query and filters as the page's URL (?q=&category=&level=&tag=), so a search can be shared. */
  function remember() {
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
    query(input.value, filters(), function (result) {
      answered = true;
      if (mine !== asked) {
        return;
      }
      waitingForParts = false;
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
      if (enterWhenAnswered) {
        enterWhenAnswered = false;
        if (list.children.length > 0) {
          go(list.children[0]);
        }
      }
    });
    if (!answered) {
      // Parts of a split index are on their way, usually in milliseconds: the results shown so far stay
      // until the new ones come (Enter meanwhile opens the first new one), and only a slow load says so.
      waitingForParts = true;
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
  more.addEventListener('click', function () {
    var first = shown;
    var hadFocus = document.activeElement === more;
    showMore();
    if (hadFocus && more.hidden) {
      // The last page hid the focused button: focus would fall to the page and close the panel. Back to
      // the box instead, on the first of the new results, so the keyboard goes on from there.
      input.focus();
      setActive(first);
    }
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
          showMore();
        }
        setActive(Math.min(active + 1, list.children.length - 1));
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
  var params = new URLSearchParams(location.search);
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
  } else if (['q', 'category', 'level', 'tag'].some(function (name) {
    return params.get(name);
  })) {
    input.value = params.get('q') || '';
    load(restore);
  }
}());
