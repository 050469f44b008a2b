/*
 * studyguide notes: the reader's own notes under each question (question.ftlh's notes field), saved as
 * they type, and window.studyguideNotes, which the search box (search.js), the progress export and import
 * (study.js) and the "my answers" page (my-answers.js) use.
 *
 * Notes live in this browser's localStorage under "studyguide:<guide title>:notes" as
 * {"version": 1, "notes": {"<question id>": "text"}}: a key of their own, apart from the progress, so that
 * resetting the progress never throws away what the reader wrote, and versioned so a later format can
 * read this one. A note is plain text with a little Markdown (formatted()); it is inserted into the page
 * as text nodes and elements made here, never parsed as HTML.
 */
(function () {
  'use strict';

  var guide = document.documentElement.getAttribute('data-guide') || '';
  var KEY = 'studyguide:' + guide + ':notes';
  var VERSION = 1;
  // A note is the reader's own answer, not a document: the cap keeps one pasted file from filling the
  // storage every note and the progress share.
  var MAX_LENGTH = 20000;

  function isObject(x) {
    return x !== null && typeof x === 'object' && !Array.isArray(x);
  }

  /** Only notes that are non-blank strings, cut to the longest a note may be. */
  function clean(notes) {
    var result = {};
    if (isObject(notes)) {
      Object.keys(notes).forEach(function (id) {
        var text = notes[id];
        if (typeof text === 'string' && text.trim() !== '') {
          result[id] = text.slice(0, MAX_LENGTH);
        }
      });
    }
    return result;
  }

  function read() {
    try {
      var stored = JSON.parse(window.localStorage.getItem(KEY) || 'null');
      return isObject(stored) && stored.version === VERSION ? clean(stored.notes) : {};
    } catch (e) {
      return {};
    }
  }

  function write(notes) {
    try {
      if (Object.keys(notes).length === 0) {
        window.localStorage.removeItem(KEY);
      } else {
        window.localStorage.setItem(KEY, JSON.stringify({version: VERSION, notes: notes}));
      }
      return true;
    } catch (e) {
      return false;
    }
  }

  // ---------------------------------------------------------------- light Markdown

  // Hand-written rather than a Markdown library: a library makes HTML, which would then need a sanitizer
  // before it could go into the page; this makes DOM nodes from text, so a note cannot carry markup at all.
  // It knows what people write in a note: paragraphs, line breaks, "- " and "1. " lists, `code`, **bold**,
  // *emphasis* and web addresses.
  var INLINE = /`([^`\n]+)`|\*\*(\S(?:[^*\n]*\S)?)\*\*|\*(\S(?:[^*\n]*\S)?)\*|(https?:\/\/[^\s<>"]*[^\s<>".,;:!?')\]])/g;
  var BULLET = /^\s*[-*+]\s+(.*)$/;
  var NUMBERED = /^\s*\d{1,9}[.)]\s+(.*)$/;

  function inline(text, into) {
    var last = 0;
    var m;
    INLINE.lastIndex = 0;
    while ((m = INLINE.exec(text)) !== null) {
      if (m.index > last) {
        into.appendChild(document.createTextNode(text.slice(last, m.index)));
      }
      var el;
      if (m[1] !== undefined) {
        el = document.createElement('code');
        el.textContent = m[1];
      } else if (m[2] !== undefined || m[3] !== undefined) {
        el = document.createElement(m[2] !== undefined ? 'strong' : 'em');
        el.textContent = m[2] !== undefined ? m[2] : m[3];
      } else {
        el = document.createElement('a');
        el.href = m[4];
        el.textContent = m[4];
      }
      into.appendChild(el);
      last = INLINE.lastIndex;
    }
    if (last < text.length) {
      into.appendChild(document.createTextNode(text.slice(last)));
    }
  }

  /** A note as a fragment of paragraphs and lists. */
  function formatted(text) {
    var fragment = document.createDocumentFragment();
    var paragraph = null;
    var list = null;
    text.replace(/\r\n?/g, '\n').split('\n').forEach(function (line) {
      var bullet = BULLET.exec(line);
      var numbered = bullet ? null : NUMBERED.exec(line);
      if (bullet || numbered) {
        var kind = bullet ? 'ul' : 'ol';
        if (list === null || list.tagName.toLowerCase() !== kind) {
          list = fragment.appendChild(document.createElement(kind));
        }
        inline((bullet || numbered)[1], list.appendChild(document.createElement('li')));
        paragraph = null;
      } else if (line.trim() === '') {
        paragraph = null;
        list = null;
      } else {
        if (paragraph === null) {
          paragraph = fragment.appendChild(document.createElement('p'));
        } else {
          paragraph.appendChild(document.createElement('br'));
        }
        inline(line, paragraph);
        list = null;
      }
    });
    return fragment;
  }

  // ---------------------------------------------------------------- the store

  var notes = {
    /** Every note of this guide, by question id. */
    all: function () {
      return read();
    },
    get: function (id) {
      return read()[id] || '';
    },
    /** Saves a question's note; a blank one is removed. Returns whether the browser kept it. */
    set: function (id, text) {
      var all = read();
      if (text.trim() === '') {
        delete all[id];
      } else {
        all[id] = text.slice(0, MAX_LENGTH);
      }
      return write(all);
    },
    /**
     * Merges notes from an imported progress file (the file wins where both have a note), keeping only
     * those keep(id) accepts; returns how many were taken, or -1 when the browser would not save them.
     */
    merge: function (incoming, keep) {
      var taken = clean(incoming);
      var all = read();
      var count = 0;
      Object.keys(taken).forEach(function (id) {
        if (keep(id)) {
          all[id] = taken[id];
          count++;
        }
      });
      return count === 0 || write(all) ? count : -1;
    },
    formatted: formatted,
    key: KEY
  };
  window.studyguideNotes = notes;

  // ---------------------------------------------------------------- the fields under the questions

  function show(section, text) {
    var shown = section.querySelector('.notes-text');
    shown.textContent = '';
    shown.appendChild(formatted(text));
    section.classList.toggle('has-note', text.trim() !== '');
  }

  /** The field grows with its text, so a long note is read without scrolling inside it. */
  function fit(input) {
    input.style.height = '';
    if (input.scrollHeight > input.clientHeight) {
      input.style.height = input.scrollHeight + 2 + 'px';
    }
  }

  var fields = new Map();
  var stored = read();
  Array.prototype.forEach.call(document.querySelectorAll('article.question .notes'), function (section) {
    var input = section.querySelector('.notes-input');
    var article = section.closest('article.question');
    if (!input || !section.querySelector('.notes-text')) {
      return;
    }
    fields.set(article.id, {section: section, input: input});
    var text = stored[article.id] || '';
    if (text !== '') {
      input.value = text;
      show(section, text);
    }
    input.addEventListener('input', function () {
      notes.set(article.id, input.value);
      show(section, input.value);
      fit(input);
    });
  });
  // Sizing waits for the field to be seen: practice mode hides it until the answer shows.
  if (fields.size > 0 && window.ResizeObserver) {
    var sizer = new ResizeObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.contentRect.width > 0 && entry.target.value !== '') {
          fit(entry.target);
        }
      });
    });
    fields.forEach(function (field) {
      if (field.input.value !== '') {
        sizer.observe(field.input);
      }
    });
  }

  // Another page of the guide (or an import) changed the notes: the fields here follow, but never the
  // one being typed in.
  window.addEventListener('storage', function (e) {
    if (e.key !== KEY && e.key !== null) {
      return;
    }
    var now = read();
    fields.forEach(function (field, id) {
      var text = now[id] || '';
      if (field.input.value !== text && document.activeElement !== field.input) {
        field.input.value = text;
        show(field.section, text);
        fit(field.input);
      }
    });
  });
}());
