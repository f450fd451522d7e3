// Article pages of our own for the memory scenario: four stories quoting the
// same speaker (Russia's foreign minister) on four "outlets", each stating its
// date a different way (JSON-LD, <meta>, <time>, nothing), one with a "read
// also" list, and a fifth for the switched-off checks. Served on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MemoryArticle {
  path: string;
  outlet: string;
  /** The date the page states, or null (the visit day is used). */
  date: string | null;
  head: string;
  title: string;
  paragraphs: string[];
  /** Markup after the article body, inside <article> (a "read also" list). */
  tail?: string;
}

const TALKS = 'الغرب يدفع كييف إلى التصعيد، ونحن لن نقبل بشروط تُملى علينا من واشنطن أو بروكسل';

export const ARTICLES: MemoryArticle[] = [
  {
    path: '/2024/03/04/lavrov-talks.html',
    outlet: 'وكالة الشرق للأنباء',
    date: '2024-03-04',
    head: `<meta property="og:site_name" content="وكالة الشرق للأنباء"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"لافروف والمفاوضات","datePublished":"2024-03-04T09:00:00+03:00","publisher":{"@type":"Organization","name":"وكالة الشرق"}}</script>`,
    title: 'لافروف: لا مفاوضات مع كييف قبل وقف الهجمات',
    paragraphs: [
      'قال وزير الخارجية الروسي سيرغي لافروف، اليوم الاثنين، إن موسكو لن تدخل في أي مفاوضات جديدة مع أوكرانيا قبل أن تتوقف الهجمات على المدن الروسية الحدودية.',
      `وأضاف لافروف في مؤتمر صحفي في موسكو: "${TALKS}".`,
      'وأشار الوزير الروسي إلى أن الحرب في أوكرانيا يمكن أن تنتهي إذا اعترف الغرب بالمصالح الأمنية لروسيا.',
    ],
  },
  {
    path: '/news/lavrov-west.html',
    outlet: 'صحيفة المدار',
    date: '2024-05-12',
    head: `<meta property="article:published_time" content="2024-05-12T18:30:00Z"><script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","publisher":{"@type":"Organization","name":"صحيفة المدار"}}</script>`,
    title: 'لافروف يتهم الغرب بإطالة أمد الحرب في أوكرانيا',
    paragraphs: [
      'اتهم وزير الخارجية الروسي سيرغي لافروف الدول الغربية بإطالة أمد الحرب في أوكرانيا عبر إرسال المزيد من الأسلحة إلى كييف.',
      'وقال لافروف خلال لقائه نظيره التركي في أنقرة: "كل شحنة سلاح جديدة تبعد فرص السلام وتزيد عدد الضحايا من الجانبين".',
      'وأكد لافروف أن روسيا ما زالت منفتحة على الحوار مع تركيا بشأن أمن الملاحة في البحر الأسود.',
    ],
    tail: '<section class="read-also"><h3>اقرأ أيضاً</h3><ul><li>لافروف: "لن نسمح بنشر قوات أجنبية قرب حدودنا"</li><li>زيلينسكي يطلب أنظمة دفاع جوي إضافية</li></ul></section>',
  },
  {
    path: '/world/2024-08-20/lavrov-grain.html',
    outlet: 'قناة الأفق',
    date: '2024-08-20',
    head: '<meta property="og:site_name" content="قناة الأفق">',
    title: 'لافروف يربط العودة إلى اتفاق الحبوب برفع العقوبات',
    paragraphs: [
      '<time datetime="2024-08-20">20 أغسطس 2024</time>',
      'قال وزير الخارجية الروسي سيرغي لافروف إن بلاده لن تعود إلى اتفاق تصدير الحبوب عبر البحر الأسود ما لم ترفع العقوبات عن المصارف الروسية.',
      `وكرر لافروف موقفه من المفاوضات مع أوكرانيا قائلا: "${TALKS}".`,
      'وتأتي تصريحات الوزير الروسي في ظل استمرار الحرب في أوكرانيا، بعد أن استهدفت القوات الروسية موانئ أوديسا وقصفت كييف وخاركيف بالصواريخ والمسيرات.',
    ],
  },
  {
    path: '/news/lavrov-today.html',
    outlet: 'موقع النهار اليوم',
    date: null,
    head: '<meta property="og:site_name" content="موقع النهار اليوم">',
    title: 'لافروف: مفاوضات السلام مع أوكرانيا مرهونة بوقف الهجمات',
    paragraphs: [
      'جدد وزير الخارجية الروسي سيرغي لافروف، اليوم، موقف بلاده من المفاوضات مع أوكرانيا.',
      'وقال لافروف في تصريحات للصحفيين: "لن تكون هناك مفاوضات مع كييف ما دامت الهجمات على المدن الروسية مستمرة".',
      'وأضاف أن موسكو تتابع التحركات الغربية في البحر الأسود عن كثب.',
    ],
  },
  {
    path: '/news/lavrov-fifth.html',
    outlet: 'موقع التجربة',
    date: '2024-09-01',
    head: '<meta property="og:site_name" content="موقع التجربة"><meta property="article:published_time" content="2024-09-01">',
    title: 'لافروف يحذر من تصعيد جديد في أوكرانيا',
    paragraphs: [
      'حذر وزير الخارجية الروسي سيرغي لافروف من تصعيد جديد في الحرب على أوكرانيا.',
      'وقال لافروف: "أي هجوم على الأراضي الروسية بأسلحة بعيدة المدى سيقابل برد حازم وسريع".',
    ],
  },
];

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Paragraphs are our own text; the one <time> line is markup on purpose. */
const paragraph = (p: string) => (p.startsWith('<time') ? `<p>${p}</p>` : `<p>${escapeHtml(p)}</p>`);

export function articleHtml(a: MemoryArticle): string {
  return `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(a.title)}</title>${a.head}</head>
<body>
<header><nav><a href="/">الرئيسية</a> | <a href="/world">العالم</a> | <a href="/economy">اقتصاد</a></nav></header>
<main><article><h1>${escapeHtml(a.title)}</h1>
${a.paragraphs.map(paragraph).join('\n')}
${a.tail ?? ''}
</article></main>
<footer><p>جميع الحقوق محفوظة</p></footer>
</body></html>`;
}

export interface MemorySite {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function startMemorySite(): Promise<MemorySite> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const article = ARTICLES.find((a) => a.path === path);
    if (!article) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(articleHtml(article));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, url: (path) => origin + path, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
