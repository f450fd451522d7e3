// Loaded by the live blog (/live-blog.html). Records, from the page's own
// world, the order in which Sada's highlights arrive: at each turn the page
// gets (a task every few milliseconds), the highlight ranges not seen before,
// counted by where they are at that moment: in the viewport, or far from it
// in the blog's text (the first or last 15 %, by the paragraph's data-at).
// Stops once the page is annotated. window.__paintOrder: one entry per turn
// that saw new ranges, in order.
(function () {
  var turns = [];
  var seen = new WeakSet();
  var started = Date.now();
  window.__paintOrder = turns;
  function place(range) {
    var box = range.getBoundingClientRect();
    if (box.bottom > 0 && box.top < window.innerHeight) return 'view';
    var holder = range.startContainer.parentElement && range.startContainer.parentElement.closest('[data-at]');
    var at = holder ? Number(holder.getAttribute('data-at')) : 0.5;
    return at < 0.15 ? 'farAbove' : at > 0.85 ? 'farBelow' : 'between';
  }
  function look() {
    var fresh = { view: 0, farAbove: 0, farBelow: 0, between: 0 };
    var any = false;
    CSS.highlights.forEach(function (highlight, name) {
      if (name.indexOf('sada-actor-') !== 0 && name !== 'sada-quote') return;
      highlight.forEach(function (range) {
        if (seen.has(range)) return;
        seen.add(range);
        fresh[place(range)]++;
        any = true;
      });
    });
    if (any) turns.push(fresh);
    var done = document.documentElement.getAttribute('data-sada-state') === 'annotated';
    if (!done && Date.now() - started < 60000) setTimeout(look, 0);
  }
  setTimeout(look, 0);
})();
