// Analyzer and language-detection benchmark, in Node.
// `node bench/language.mjs [--quick]`
//
// (a) The analyzer in ms per 100 KB of Arabic news at 0.1, 1 and 5 MB, beside
//     a regex floor (bench/analysis.mjs, run from here).
// (b) detectLanguage against franc-min on the same ar/fa/ur/en samples,
//     headline-sized and paragraph-sized: accuracy and speed.
// (c) The bytes detectLanguage adds to a bundle (minified, with its data).
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { franc } from 'franc-min';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const work = mkdtempSync(join(tmpdir(), 'sada-bench-'));

async function bundle(entry, name, minify = false) {
  const outfile = join(work, `${name}.mjs`);
  await esbuild.build({ entryPoints: [entry.startsWith('/') ? entry : join(root, entry)], bundle: true, format: 'esm', platform: 'neutral', outfile, minify, logLevel: 'error' });
  return outfile;
}

const { detectLanguage } = await import(pathToFileURL(await bundle('src/core/language.ts', 'language')).href);
const languageBytes = readFileSync(await bundle('src/core/language.ts', 'language-min', true));

// --- the 100 KB page the language timing below reads too ---------------------------
const sharedDir = join(root, '../shared');
const arabicTexts = [];
for (const f of safeList(join(sharedDir, 'corpus')).filter((f) => f.endsWith('.txt'))) arabicTexts.push(readFileSync(join(sharedDir, 'corpus', f), 'utf8'));
for (const f of safeList(join(sharedDir, 'eval/dev')).filter((f) => f.endsWith('.json'))) {
  const gold = JSON.parse(readFileSync(join(sharedDir, 'eval/dev', f), 'utf8'));
  if (gold.language === 'ar') arabicTexts.push(gold.text);
}
if (arabicTexts.length === 0) arabicTexts.push(...Object.values(SAMPLES().ar));
let page = '';
while (page.length < 100_000) page += `${arabicTexts[(page.length / 997) % arabicTexts.length | 0]}\n\n`;
page = page.slice(0, 100_000);

function timeIt(fn, runs) {
  for (let i = 0; i < 2; i++) fn(); // warm-up
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const runs = quick ? 5 : 15;
// The analysis at 0.1, 1 and 5 MB beside its peers: bench/analysis.mjs.
console.log('(a) analyzer: bench/analysis.mjs');
spawnSync(process.execPath, [join(root, 'bench/analysis.mjs'), ...process.argv.slice(2)], { stdio: 'inherit' });

// --- (b) language detection against franc-min ---------------------------------------
const FRANC_TO_ISO1 = { arb: 'ar', ara: 'ar', pes: 'fa', prs: 'fa', fas: 'fa', urd: 'ur', eng: 'en', und: 'und' };
const samples = SAMPLES();
const cases = [];
for (const [lang, bySize] of Object.entries(samples)) for (const [size, texts] of Object.entries(bySize)) for (const t of texts) cases.push({ lang, size, text: t });
// Texts cut from the gold pages (first line and first paragraph) add outlets we did not write.
for (const f of safeList(join(sharedDir, 'eval/dev')).filter((f) => f.endsWith('.json'))) {
  const gold = JSON.parse(readFileSync(join(sharedDir, 'eval/dev', f), 'utf8'));
  const lines = gold.text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const headline = lines.find((l) => l.split(/\s+/).length >= 4 && l.split(/\s+/).length <= 16);
  if (headline) cases.push({ lang: gold.language, size: 'headline', text: headline });
  cases.push({ lang: gold.language, size: 'paragraph', text: lines.reduce((a, b) => (b.length > a.length ? b : a), '') });
}

function accuracy(detect) {
  const by = {};
  for (const c of cases) {
    const key = `${c.lang}/${c.size}`;
    by[key] ??= { right: 0, total: 0, wrong: [] };
    by[key].total++;
    const got = detect(c.text);
    if (got === c.lang) by[key].right++;
    else by[key].wrong.push(got);
  }
  return by;
}
const sada = accuracy((t) => detectLanguage(t));
const frc = accuracy((t) => FRANC_TO_ISO1[franc(t, { minLength: 3 })] ?? franc(t, { minLength: 3 }));
console.log('(b) language: Sada detectLanguage vs franc-min (right/total, wrong answers)');
let sadaRight = 0;
let francRight = 0;
for (const key of Object.keys(sada).sort()) {
  sadaRight += sada[key].right;
  francRight += frc[key].right;
  const w = (x) => (x.wrong.length ? ` [${x.wrong.join(',')}]` : '');
  console.log(`    ${key.padEnd(14)} sada ${sada[key].right}/${sada[key].total}${w(sada[key])}  franc ${frc[key].right}/${frc[key].total}${w(frc[key])}`);
}
console.log(`    overall        sada ${sadaRight}/${cases.length}  franc ${francRight}/${cases.length}`);

const reps = quick ? 20 : 100;
const tSada = timeIt(() => { for (let r = 0; r < reps; r++) for (const c of cases) detectLanguage(c.text); }, quick ? 3 : 7);
const tFranc = timeIt(() => { for (let r = 0; r < reps; r++) for (const c of cases) franc(c.text, { minLength: 3 }); }, quick ? 3 : 7);
const perCall = (t) => ((t / (reps * cases.length)) * 1000).toFixed(1);
console.log(`    speed: sada ${perCall(tSada)} µs per text, franc-min ${perCall(tFranc)} µs per text; franc-min / sada = ${(tFranc / tSada).toFixed(1)}x`);
const tPage = timeIt(() => detectLanguage(page), runs);
const tPageFranc = timeIt(() => franc(page), quick ? 3 : 5);
console.log(`    on the 100 KB page: sada ${tPage.toFixed(2)} ms (bounded sample), franc-min ${tPageFranc.toFixed(1)} ms (whole text)`);

// --- (c) size --------------------------------------------------------------------
console.log(`(c) detectLanguage bundle with data: ${languageBytes.length} bytes minified, ${gzipSync(languageBytes).length} gzipped`);

rmSync(work, { recursive: true, force: true });

function safeList(dir) {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** Our own short texts: headline-sized and paragraph-sized. */
function SAMPLES() {
  return {
    ar: {
      headline: [
        'زيلينسكي يدعو الغرب إلى تسريع تسليم الأسلحة',
        'الجيش السوداني يستعيد السيطرة على مدينة في ولاية الجزيرة',
        'غارات إسرائيلية على خان يونس ورفح',
        'الحوثيون يعلنون استهداف سفينة في البحر الأحمر',
        'ارتفاع أسعار الذهب مع تراجع الدولار',
        'الهلال يفوز على النصر في الديربي',
      ],
      paragraph: [
        'قالت وزارة الخارجية في بيان إن الوفد سيعود إلى العاصمة بعد انتهاء المحادثات التي استمرت ثلاثة أيام، وأكدت أن الجانبين اتفقا على مواصلة الحوار.',
        'تجددت المعارك بين الجيش وقوات الدعم السريع في مدينة الفاشر، وقالت مصادر محلية إن القصف المدفعي أوقع قتلى بين المدنيين، فيما نزح الآلاف.',
        'حقق فريق الهلال فوزا مثيرا على النصر بهدفين مقابل هدف في الجولة العشرين من الدوري، وقال مدرب الفريق إن اللاعبين قدموا مباراة كبيرة.',
      ],
    },
    fa: {
      headline: [
        'حمله موشکی یمن به ناو هواپیمابر آمریکایی',
        'زلنسکی: اوکراین برای مذاکره آماده است',
        'ادامه درگیری‌ها در غزه و رفح',
        'قیمت طلا امروز افزایش یافت',
        'ارتش سودان کنترل شهر را به دست گرفت',
      ],
      paragraph: [
        'سخنگوی وزارت امور خارجه روز دوشنبه گفت که این کشور برای ادامه گفتگوها آماده است و هیئت مذاکره کننده به زودی به پایتخت باز می‌گردد.',
        'نیروهای روسیه در شرق اوکراین پیشروی کرده‌اند و مقامات اوکراینی از حملات پهپادی گسترده به زیرساخت‌های انرژی خبر دادند.',
      ],
    },
    ur: {
      headline: [
        'یوکرین پر روس کا بڑا حملہ، درجنوں ہلاک',
        'غزہ میں اسرائیلی بمباری جاری',
        'سوڈان میں فوج اور ریپڈ سپورٹ فورسز کے درمیان لڑائی',
        'سونے کی قیمت میں اضافہ',
      ],
      paragraph: [
        'وزارت خارجہ کے ترجمان نے کہا ہے کہ ملک مذاکرات جاری رکھنے کے لیے تیار ہے اور وفد جلد دارالحکومت واپس آئے گا۔',
        'یمن کے حوثیوں نے بحیرہ احمر میں ایک بحری جہاز کو نشانہ بنانے کا دعویٰ کیا ہے جبکہ امریکی فوج نے جوابی کارروائی کی۔',
      ],
    },
    en: {
      headline: [
        'Zelensky urges the West to speed up arms deliveries',
        'Sudan army retakes town in Gezira state',
        'Gold prices rise as the dollar weakens',
      ],
      paragraph: [
        'The foreign ministry said on Monday that the delegation would return to the capital after three days of talks, and that both sides agreed to continue.',
        'Fighting between the army and the Rapid Support Forces resumed in El Fasher, where local sources said shelling killed civilians and thousands fled.',
      ],
    },
  };
}
