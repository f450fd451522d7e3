// A single-page sports site: the page loads with a sports story (which Sada
// leaves alone); navigate() moves to the next story the way client-side
// routers do: history.pushState first, then, once its data "arrives", the new
// <article> replaces the old one. No new document, so content scripts do not run again.
(function () {
  var data = JSON.parse(document.getElementById('next-article').textContent);
  window.__sadaTest.navigate = function (delay) {
    history.pushState({ story: 2 }, '', '/spa-nav/story-2' + location.search);
    setTimeout(function () {
      var old = document.querySelector('article');
      var article = window.__sadaTestBuildArticle(data);
      old.replaceWith(article);
      document.title = data.headline + ' | لاعبين السعودية';
      window.__sadaTest.articleText = article.textContent;
      window.__sadaTest.forgetOwnChanges();
      window.__sadaTest.navigated = true;
    }, delay == null ? 300 : delay);
  };
})();
