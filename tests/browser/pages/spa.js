// Renders the article (JSON in #article-data) into #app well after load, with DOM
// APIs (as frameworks do), so a check that only looks at the page at load
// time finds nothing but a loading line.
(function () {
  var data = JSON.parse(document.getElementById('article-data').textContent);
  var delay = Number(new URLSearchParams(location.search).get('delay') || 1500);
  window.addEventListener('load', function () {
    setTimeout(function () {
      var app = document.getElementById('app');
      var article = window.__sadaTestBuildArticle(data);
      app.replaceChildren(article);
      document.title = data.headline + ' | صدى الأخبار';
      window.__sadaTest.articleText = article.textContent;
      window.__sadaTest.forgetOwnChanges();
      window.__sadaTest.rendered = true;
    }, delay);
  });
})();
