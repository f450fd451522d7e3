// Shared by the single-page test sites: builds an <article> from
// { headline, paragraphs } with DOM APIs, as client-side frameworks do.
window.__sadaTestBuildArticle = function (data) {
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
  return article;
};
