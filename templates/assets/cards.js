/*
 * studyguide cards: the rendered prompt and options of the questions that have them, for flashcards and
 * the mock interview. The build writes them a category at a time into cards/<category>.js (each calls
 * studyguideCards.add), and this loads a category's script when a deck needs it, so that those pages stay
 * small however large the guide: carried inline, the cards of 10,000 multiple-choice questions made each
 * page 36 MB. Scripts, unlike fetch, load from file://. The categories that have a script are named on
 * this script's element (data-categories); any other has no cards.
 *
 *   studyguideCards.load(categoryIds) -> Promise<Map<question id, <template>>>
 *
 * Each value is an inert <template> holding the question's prompt and options as rendered on its page;
 * copy its content (template.content.cloneNode(true)) to show it. A category's script that fails to load
 * gives no cards, and is tried again by the next load that asks for it.
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var here = script ? script.src : '';
  var named = script ? (script.getAttribute('data-categories') || '').split(' ') : [];
  var available = new Set(named.filter(Boolean));
  var NONE = new Map();
  // Per category: the promise of its cards, once asked for; the HTML its script handed over, until parsed.
  var loading = {};
  var arrived = {};

  /** The questions' templates in a category's HTML, by question id; parsed inert, as a template is. */
  function parse(html) {
    var cards = new Map();
    if (typeof html !== 'string') {
      return cards;
    }
    var holder = document.createElement('template');
    holder.innerHTML = html;
    Array.prototype.forEach.call(holder.content.querySelectorAll('template[data-card]'), function (t) {
      cards.set(t.getAttribute('data-card'), t);
    });
    return cards;
  }

  /** Where the scripts go: a hidden element at the end of the body, which restyles less than the head (search.js). */
  var holder = null;
  function scriptHolder() {
    if (holder === null && document.body) {
      holder = document.createElement('div');
      holder.hidden = true;
      holder.className = 'card-scripts';
      document.body.appendChild(holder);
    }
    return holder || document.head;
  }

  function category(id) {
    if (!available.has(id) || here === '') {
      return Promise.resolve(NONE);
    }
    if (!loading[id]) {
      loading[id] = new Promise(function (resolve) {
        var tag = document.createElement('script');
        tag.src = new URL('../cards/' + encodeURIComponent(id) + '.js', here).href;
        tag.onload = tag.onerror = function () {
          var html = arrived[id];
          delete arrived[id];
          if (typeof html !== 'string') {
            delete loading[id];
          }
          resolve(parse(html));
        };
        scriptHolder().appendChild(tag);
      });
    }
    return loading[id];
  }

  window.studyguideCards = {
    /** Called by a category's script with the HTML of its cards. */
    add: function (id, html) {
      arrived[id] = html;
    },
    /** The cards of these categories, one map; each category's script is loaded once. */
    load: function (ids) {
      return Promise.all(ids.map(category)).then(function (maps) {
        var all = new Map();
        maps.forEach(function (m) {
          m.forEach(function (t, q) {
            all.set(q, t);
          });
        });
        return all;
      });
    }
  };
}());
