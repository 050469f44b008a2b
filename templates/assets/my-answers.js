/*
 * studyguide "my answers" (my-answers.html): every note this browser keeps for the guide (notes.js), under
 * its question and category in the guide's order, each question linked to its page; printed as it shows.
 * The questions' titles come from the search index (search.js). Everything is made with textContent and
 * createElement, never from HTML.
 */
(function () {
  'use strict';

  var box = document.getElementById('my-answers');
  var notes = window.studyguideNotes;
  var search = window.studyguideSearch;
  if (!box || !notes) {
    return;
  }
  var labels = window.studyguideLabels || {t: String, n: String};
  var root = box.getAttribute('data-root') || '';
  var list = document.getElementById('my-answers-list');
  var status = document.getElementById('my-answers-status');

  function answer(id, titled, href, text) {
    var article = document.createElement('article');
    article.className = 'my-answer';
    var heading = document.createElement('h3');
    var link = document.createElement('a');
    link.href = href;
    link.appendChild(titled);
    heading.appendChild(link);
    article.appendChild(heading);
    var body = document.createElement('div');
    body.className = 'my-answer-text';
    body.appendChild(notes.formatted(text));
    article.appendChild(body);
    article.setAttribute('data-question', id);
    return article;
  }

  /** The notes of this guide's questions by category, in the guide's order; notes of other questions are left out. */
  function show(data) {
    var all = notes.all();
    var byCategory = new Map();
    var count = 0;
    list.textContent = '';
    if (data !== null) {
      data.questions.forEach(function (q) {
        if (!Object.prototype.hasOwnProperty.call(all, q[0])) {
          return;
        }
        var category = data.categories[q[2]];
        var section = byCategory.get(q[2]);
        if (section === undefined) {
          section = document.createElement('section');
          section.className = 'my-answers-category';
          var title = document.createElement('h2');
          title.textContent = category[1];
          section.appendChild(title);
          byCategory.set(q[2], section);
          list.appendChild(section);
        }
        section.appendChild(answer(q[0], search.title(q), root + category[2] + '#' + q[0], all[q[0]]));
        count++;
      });
    }
    status.textContent = count === 0 ? labels.t('my_answers_empty') : labels.n('my_answers_count', count);
  }

  if (search) {
    search.load(show);
  } else {
    show(null);
  }
  window.addEventListener('storage', function (e) {
    if ((e.key === notes.key || e.key === null) && search) {
      search.load(show);
    }
  });
}());
