/*
 * The theme's words in the guide's language for the other scripts: window.studyguideLabels.t('key', {name:
 * value}) fills a word's placeholders, .n('key', count, {...}) picks the language's plural form of a counted
 * phrase (key_one, key_other, by Intl.PluralRules) and fills {count}, and .list(['A', 'C']) joins a list as the
 * language does ("A and C", "A und C", "A、C"). The words come from window.studyguideWords, which the
 * site's words script sets (assets/words-<hash>.js, written once per site by view/Labels.java and loaded before
 * this one), so no file is fetched and pages work from file://. Numbers are
 * written as the page's language writes them, as the build writes them into the pages.
 */
(function () {
  'use strict';

  var lang = document.documentElement.lang || 'en';
  var words = window.studyguideWords || null;
  if (words === null) {
    try {
      // A theme's layout.ftlh from before the words' script puts them into each page as a JSON block.
      var block = document.getElementById('studyguide-labels');
      words = block ? JSON.parse(block.textContent) : null;
    } catch (e) {
      words = null;
    }
  }
  if (words === null) {
    // Each word then shows as its key, which names what is missing; the console says where it should come from.
    words = {};
    if (window.console) {
      window.console.error('studyguide: no words for the scripts: the theme\'s layout.ftlh should load '
          + 'the words script (src="${root}${site.labels.file()}") before assets/labels.js');
    }
  }
  var plurals = null;
  var numbers = null;
  try {
    plurals = new Intl.PluralRules(lang);
    numbers = new Intl.NumberFormat(lang, {maximumFractionDigits: 0});
  } catch (e) {
    // An unknown tag: English rules.
  }

  // The browser knows how each language joins a list (CLDR's patterns: "A, B, and C", "A, B y C", "A和C");
  // without Intl.ListFormat the items are joined with the bundle's list_separator.
  var lists = null;
  try {
    lists = new Intl.ListFormat(lang, {type: 'conjunction'});
  } catch (e) {
    // An old browser or an unknown tag.
  }

  function show(value) {
    return typeof value === 'number' && numbers !== null ? numbers.format(value) : String(value);
  }

  function fill(text, values) {
    return text.replace(/\{([a-z0-9_]+)\}/g, function (whole, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? show(values[name]) : whole;
    });
  }

  function word(key) {
    return Object.prototype.hasOwnProperty.call(words, key) ? words[key] : key;
  }

  function t(key, values) {
    return fill(word(key), values);
  }

  function n(key, count, values) {
    var form = plurals !== null ? plurals.select(count) : count === 1 ? 'one' : 'other';
    var chosen = Object.prototype.hasOwnProperty.call(words, key + '_' + form) ? key + '_' + form : key + '_other';
    var all = {count: count};
    Object.keys(values || {}).forEach(function (name) {
      all[name] = values[name];
    });
    return fill(word(chosen), all);
  }

  function list(items) {
    return lists !== null ? lists.format(items) : items.join(word('list_separator'));
  }

  window.studyguideLabels = {t: t, n: n, list: list, lang: lang};
}());
