/*
 * The progress link (window.studyguideProgressLink): the reader's progress (window.studyguideProgress)
 * packed into a code for a URL's fragment, "index.html#progress=<code>", which browsers never send to a
 * server, and read back from one. Hand-written: CompressionStream and base64 are the browser's own; the
 * rest is packing the export's entries as arrays.
 */
(function () {
  'use strict';

  var progress = window.studyguideProgress;
  var FORMAT = 'studyguide-progress';
  // The words in the guide's language (labels.js); a page without them shows each word's key.
  var labels = window.studyguideLabels || {t: String, n: String};

  // A progress code is the export, compact: each entry as an array, deflated where the browser can
  // (CompressionStream), in base64url so that it fits a URL's fragment, which browsers never send.
  var FIELDS = ['s', 'd', 'last', 'due', 'reps', 'lapses', 'first', 'grade', 'mark'];

  function toBase64url(bytes) {
    var text = '';
    for (var i = 0; i < bytes.length; i += 0x8000) {
      text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    }
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function fromBase64url(code) {
    var text = atob(code.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes;
  }

  function pipe(bytes, stream) {
    return new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer().then(function (b) {
      return new Uint8Array(b);
    });
  }

  /** The progress as a code for a URL fragment: "z" and deflated JSON, or "j" and JSON without CompressionStream. */
  function code() {
    var all = progress.exported();
    var q = {};
    Object.keys(all.questions).forEach(function (id) {
      var e = all.questions[id];
      q[id] = FIELDS.map(function (f) {
        return e[f] === undefined ? null : e[f];
      });
    });
    // Past mock interviews as arrays too: [start, questions, earned, possible].
    var m = (all.mocks || []).map(function (x) {
      return [x.at, x.questions, x.earned, x.possible];
    });
    var bytes = new TextEncoder().encode(JSON.stringify({g: all.guide, v: all.version, q: q, i: all.interview || null, n: all.notes, m: m}));
    if (typeof CompressionStream === 'undefined') {
      return Promise.resolve('j' + toBase64url(bytes));
    }
    return pipe(bytes, new CompressionStream('deflate-raw')).then(function (z) {
      return 'z' + toBase64url(z);
    });
  }

  /** Reads a code made by code() and merges it in; resolves to merge()'s counts, or rejects with a message. */
  function importCode(text) {
    var bad = new Error(labels.t('progress_code_bad'));
    var bytes;
    try {
      bytes = fromBase64url(text.slice(1));
    } catch (e) {
      return Promise.reject(bad);
    }
    var json = text.charAt(0) === 'j' ? Promise.resolve(bytes)
        : text.charAt(0) !== 'z' ? Promise.reject(bad)
          : typeof DecompressionStream === 'undefined' ? Promise.reject(new Error(labels.t('progress_code_unsupported')))
            : pipe(bytes, new DecompressionStream('deflate-raw'));
    return json.then(function (b) {
      var parsed = JSON.parse(new TextDecoder().decode(b));
      var questions = {};
      Object.keys(parsed.q).forEach(function (id) {
        var e = {};
        FIELDS.forEach(function (f, i) {
          if (parsed.q[id][i] !== null) {
            e[f] = parsed.q[id][i];
          }
        });
        questions[id] = e;
      });
      var mocks = (Array.isArray(parsed.m) ? parsed.m : []).map(function (x) {
        return Array.isArray(x) ? {at: x[0], questions: x[1], earned: x[2], possible: x[3]} : null;
      });
      return {format: FORMAT, version: parsed.v, guide: parsed.g, questions: questions, interview: parsed.i, notes: parsed.n,
        mocks: mocks};
    }).catch(function () {
      throw bad;
    }).then(progress.merge);
  }

  window.studyguideProgressLink = {code: code, read: importCode};
}());
