// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../src/content/article';
import { buildTextMap } from '../../src/content/text-map';

const para = (s: string) => `<p>${s}</p>`;
const ARTICLE_PARAGRAPHS = [
  'قالت وزارة الخارجية الروسية، في بيان صدر اليوم الثلاثاء، إن موسكو تتابع باهتمام بالغ التطورات على الحدود بين أرمينيا وأذربيجان.',
  'وأضاف البيان أن الجانب الروسي يدعو الطرفين إلى ضبط النفس، والعودة إلى طاولة المفاوضات، والالتزام بالاتفاقات الثلاثية الموقعة.',
  'من جهتها، أكدت المتحدثة باسم الخارجية ماريا زاخاروفا أن «قوات حفظ السلام الروسية تواصل أداء مهامها في المنطقة».',
];

const PAGE = `
<header class="site-header"><nav><ul>
  <li><a href="/">الرئيسية</a></li><li><a href="/world">أخبار العالم والشرق الأوسط وأوروبا وآسيا</a></li>
  <li><a href="/sport">رياضة</a></li></ul></nav></header>
<div class="page">
  <div class="main-col">
    <div class="breadcrumb"><a href="/">الرئيسية</a> / <a href="/world">عالم</a></div>
    <h1>موسكو تدعو يريفان وباكو إلى ضبط النفس</h1>
    <div class="article-body">
      ${para(ARTICLE_PARAGRAPHS[0]!)}
      <p><strong>اقرأ أيضاً:</strong> <a href="/x">زيلينسكي يزور واشنطن لبحث المساعدات العسكرية</a></p>
      ${para(ARTICLE_PARAGRAPHS[1]!)}
      <div class="share-tools"><a href="#">فيسبوك</a><a href="#">تويتر</a> شارك الخبر مع أصدقائك الآن</div>
      ${para(ARTICLE_PARAGRAPHS[2]!)}
      <h3>مقالات مشابهة</h3>
      <div class="cards">
        <div><a href="/1"><h4>الحوثيون يعلنون استهداف سفينة في البحر الأحمر</h4></a>
          <p>قال المتحدث العسكري باسم جماعة الحوثي، في بيان مطول، إن العملية جاءت ردا على الهجمات.</p></div>
      </div>
    </div>
    <section id="comments"><h3>التعليقات</h3>
      <p>تعليق طويل من قارئ يقول فيه إن هذه الأخبار عن غزة والسودان تتكرر كل يوم، ولا أحد يهتم بالحلول.</p></section>
  </div>
  <aside class="sidebar"><h3>الأكثر قراءة</h3><ul>
    <li><a href="/2">قوات الدعم السريع تسيطر على مدينة جديدة في دارفور بعد معارك عنيفة</a></li>
    <li><a href="/3">دمشق تعلن عن إجراءات اقتصادية جديدة</a></li></ul>
    <p>نص إعلاني طويل في الشريط الجانبي يتحدث عن مواضيع أخرى، ولا علاقة له بالمقال، ويجب ألا يدخل في النص.</p>
  </aside>
</div>
<footer><p>جميع الحقوق محفوظة، موقع الأخبار العربية، ٢٠٢٤، ولا يجوز النسخ دون إذن مسبق من إدارة التحرير.</p></footer>`;

describe('findArticle', () => {
  it('finds the article body and headline and leaves out nav, breadcrumbs, teasers, share bar, comments, sidebar and footer', () => {
    document.body.innerHTML = PAGE; // test fixture only
    const article = findArticle(document)!;
    expect(article).not.toBeNull();
    expect(article.roots[0]!.tagName).toBe('H1');
    const map = buildTextMap(article.roots, { exclude: article.exclude });
    expect(map.text).toBe(['موسكو تدعو يريفان وباكو إلى ضبط النفس', ...ARTICLE_PARAGRAPHS].join('\n\n'));
  });

  it('takes a page whose article is one block of text with <br>s', () => {
    const text = ARTICLE_PARAGRAPHS.join('<br><br>');
    document.body.innerHTML = `<nav><a href="/">الرئيسية</a></nav><div id="story">${text}</div>
      <div class="footer-links"><a href="/a">من نحن</a> <a href="/b">اتصل بنا</a></div>`;
    const article = findArticle(document)!;
    const map = buildTextMap(article.roots, { exclude: article.exclude });
    expect(map.text).toBe(ARTICLE_PARAGRAPHS.join('\n\n'));
  });

  it('returns null on a page without prose', () => {
    document.body.innerHTML = '<nav><a href="/">الرئيسية</a><a href="/b">رياضة</a></nav><div><a href="/x">رابط</a></div>';
    expect(findArticle(document)).toBeNull();
  });
});
