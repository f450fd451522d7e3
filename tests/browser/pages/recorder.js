// Loaded by every test page, first thing in <head>. Records, from the page's
// own world, every DOM change that the page itself did not make: on a page
// Sada leaves alone this must stay empty. Also keeps the article's text as
// the page delivered it, to compare after Sada has annotated it.
(function () {
  var record = [];
  var observer = new MutationObserver(function (list) {
    for (var i = 0; i < list.length; i++) {
      var m = list[i];
      var target = m.target && m.target.nodeType === 1 ? m.target.nodeName : String(m.target && m.target.nodeName);
      record.push(m.type + ':' + target + (m.attributeName ? '@' + m.attributeName : '') + (m.addedNodes.length ? '+' + m.addedNodes.length : '') + (m.removedNodes.length ? '-' + m.removedNodes.length : ''));
    }
  });
  window.__sadaTest = {
    mutations: record,
    articleText: null,
    // The page's own changes (spa.js) are dropped synchronously, before the observer reports them.
    forgetOwnChanges: function () { observer.takeRecords(); },
  };
  // Watch from DOMContentLoaded (before any document_idle content script runs):
  // earlier mutations are the parser building the page.
  document.addEventListener('DOMContentLoaded', function () {
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    var article = document.querySelector('[data-test-region="article"]');
    window.__sadaTest.articleText = article ? article.textContent : null;
  });
})();
