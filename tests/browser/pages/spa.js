// Renders the article (JSON in #article-data) into #app well after load, with DOM
// APIs (as frameworks do), so a check that only looks at the page at load
// time finds nothing but a loading line.
(function () {
  var data = JSON.parse(document.getElementById('article-data').textContent);
  var delay = Number(new URLSearchParams(location.search).get('delay') || 1500);
  window.addEventListener('load', function () {
    setTimeout(function () {
      var app = document.getElementById('app');
      var article = document.createElement('article');
      article.className = 'story';
      article.setAttribute('data-test-region', 'article');
      var h1 = document.createElement('h1');
      h1.className = 'headline';
      h1.textContent = data.headline;
      article.appendChild(h1);
      var body = document.createElement('div');
      body.className = 'story-body';
      data.paragraphs.forEach(function (text) {
        var p = document.createElement('p');
        p.textContent = text;
        body.appendChild(p);
      });
      article.appendChild(body);
      app.replaceChildren(article);
      document.title = data.headline + ' | صدى الأخبار';
      window.__sadaTest.articleText = article.textContent;
      window.__sadaTest.forgetOwnChanges();
      window.__sadaTest.rendered = true;
    }, delay);
  });
})();
