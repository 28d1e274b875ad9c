/* methodbank static site: search in the browser. Filters the list of all methods on the search page by
   the words of the query, using window.methodbankIndex (search-index.js). Writes text only, never markup.
   Without JavaScript the page lists every method. */
(function () {
  'use strict';

  function words(text) {
    return text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}\p{M}]+/u).filter(function (w) {
      return w.length > 0;
    });
  }

  function run() {
    var index = window.methodbankIndex;
    var list = document.getElementById('results');
    var status = document.getElementById('search-status');
    var input = document.getElementById('q');
    if (!index || !list || !status || !input) {
      return;
    }
    var query = (new URLSearchParams(window.location.search).get('q') || '').trim();
    input.value = query;
    if (query === '') {
      return;
    }
    var wanted = words(query);
    var items = list.querySelectorAll('li[data-id]');
    var found = 0;
    for (var i = 0; i < items.length; i++) {
      var text = index[items[i].getAttribute('data-id')] || '';
      var match = wanted.every(function (w) {
        return text.indexOf(w) >= 0;
      });
      items[i].hidden = !match;
      if (match) {
        found++;
      }
    }
    var form = found === 0 ? 'data-none' : found === 1 ? 'data-one' : 'data-many';
    status.textContent = status.getAttribute(form).replace('{n}', String(found)).replace('{q}', query);
    document.title = status.textContent + ' \u2013 ' + document.title;
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', run);
  } else {
    run();
  }
}());
