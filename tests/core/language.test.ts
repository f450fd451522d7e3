import { describe, expect, it } from 'vitest';
import { detectLanguage, detectLanguageSample } from '../../src/core/language';

const ARABIC_PARAGRAPH =
  'قالت وزارة الخارجية في بيان إن الوفد سيعود إلى العاصمة بعد انتهاء المحادثات التي استمرت ثلاثة أيام، وأكدت أن الجانبين اتفقا على مواصلة الحوار.';
const PERSIAN_PARAGRAPH =
  'سخنگوی وزارت امور خارجه روز دوشنبه گفت که این کشور برای ادامه گفتگوها آماده است و هیئت مذاکره کننده به زودی به پایتخت باز می‌گردد.';
const URDU_PARAGRAPH =
  'وزارت خارجہ کے ترجمان نے کہا ہے کہ ملک مذاکرات جاری رکھنے کے لیے تیار ہے اور وفد جلد دارالحکومت واپس آئے گا۔';
const ENGLISH_PARAGRAPH =
  'The foreign ministry said on Monday that the delegation would return to the capital after three days of talks, and that both sides agreed to continue.';

describe('detectLanguage', () => {
  it('tells Arabic, Persian, Urdu and English paragraphs apart', () => {
    expect(detectLanguage(ARABIC_PARAGRAPH)).toBe('ar');
    expect(detectLanguage(PERSIAN_PARAGRAPH)).toBe('fa');
    expect(detectLanguage(URDU_PARAGRAPH)).toBe('ur');
    expect(detectLanguage(ENGLISH_PARAGRAPH)).toBe('en');
  });

  it('answers the same after more distinct words than its word table holds (the table starts again)', () => {
    const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const before = [ARABIC_PARAGRAPH, PERSIAN_PARAGRAPH, URDU_PARAGRAPH].map(detectLanguage);
    // 27^2 + 27^3 made-up words of two and three letters (over 20,000), a few thousand to a sample.
    const words: string[] = [];
    for (const a of letters) for (const b of letters) words.push(`${a}${b}`);
    for (const a of letters) for (const b of letters) for (const c of letters) words.push(`${a}${b}${c}`);
    expect(words.length).toBeGreaterThan(20_000);
    for (let from = 0; from < words.length; from += 1500) expect(detectLanguage(words.slice(from, from + 1500).join(' '))).toBe('ar');
    expect([ARABIC_PARAGRAPH, PERSIAN_PARAGRAPH, URDU_PARAGRAPH].map(detectLanguage)).toEqual(before);
    expect(before).toEqual(['ar', 'fa', 'ur']);
  });

  it('tells them apart on a headline-sized line', () => {
    expect(detectLanguage('زيلينسكي يدعو الغرب إلى تسريع تسليم الأسلحة')).toBe('ar');
    expect(detectLanguage('الجيش السوداني يستعيد السيطرة على مدينة في ولاية الجزيرة')).toBe('ar');
    expect(detectLanguage('حمله موشکی یمن به ناو هواپیمابر آمریکایی')).toBe('fa');
    expect(detectLanguage('زلنسکی: اوکراین برای مذاکره آماده است')).toBe('fa');
    expect(detectLanguage('یوکرین پر روس کا بڑا حملہ، درجنوں ہلاک')).toBe('ur');
    expect(detectLanguage('Zelensky urges the West to speed up arms deliveries')).toBe('en');
  });

  it('does not take a Persian page about Ukraine for Arabic, even with Arabic letters ي ك', () => {
    const persianWithArabicLetters = 'وزير امور خارجه اوكراين گفت كه اين كشور از مذاكره با روسيه استقبال مي كند و آماده است.';
    expect(detectLanguage(persianWithArabicLetters)).toBe('fa');
  });

  it('keeps an Arabic page Arabic when a few Persian-keyboard letters slip in', () => {
    const text = `${ARABIC_PARAGRAPH}\nكلمات دلالية: وزارة الدفاع فی قره باغ یریفان`;
    expect(detectLanguage(text)).toBe('ar');
  });

  it('reads colloquial Arabic as Arabic', () => {
    expect(detectLanguage('هو ده اللي احنا عايزينه عشان نكسب الماتش')).toBe('ar');
    expect(detectLanguage('ليش ما حكيت معي هيك من الأول')).toBe('ar');
  });

  it('reads Arabic typed on a Persian keyboard (ی ک) as Arabic', () => {
    expect(detectLanguage('قالت الوزارة فی بیان إن القوات وصلت إلی المدینة التی شهدت معارك علی مدی یومین')).toBe('ar');
  });

  it('names other languages and scripts', () => {
    expect(detectLanguage('Le ministère des affaires étrangères a déclaré que la délégation est rentrée dans la capitale.')).toBe('fr');
    expect(detectLanguage('El ministerio de exteriores dijo que la delegación volverá a la capital para las conversaciones.')).toBe('es');
    expect(detectLanguage('Das Außenministerium sagte, die Delegation werde nach den Gesprächen in die Hauptstadt zurückkehren.')).toBe('de');
    expect(detectLanguage('Dışişleri bakanlığı, heyetin görüşmelerden sonra başkente döneceğini ve bu konuda bir açıklama yapacağını söyledi.')).toBe('tr');
    expect(detectLanguage('Министерство иностранных дел заявило, что делегация вернется в столицу.')).toBe('ru');
    expect(detectLanguage('Міністерство закордонних справ заявило, що делегація повернеться до столиці.')).toBe('uk');
    expect(detectLanguage('משרד החוץ הודיע כי המשלחת תחזור לבירה לאחר השיחות.')).toBe('he');
  });

  it("answers 'und' for empty or letterless input and never throws", () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('   \n\t ')).toBe('und');
    expect(detectLanguage('12345 67 -- !!')).toBe('und');
    expect(detectLanguage('\u200f\u200e\u202b\u202c\u200b\ufeff')).toBe('und');
    expect(detectLanguage(null as unknown as string)).toBe('und');
  });

  it('ignores bidi controls and zero-width characters inside words', () => {
    const noisy = ARABIC_PARAGRAPH.replace(/ /g, ' \u200f').replace(/ال/g, 'ا\u200dل');
    expect(detectLanguage(noisy)).toBe('ar');
    expect(detectLanguage(PERSIAN_PARAGRAPH.replace(/ /g, '\u202b \u202c'))).toBe('fa');
  });

  it('answers on a 5 MB text (it reads a bounded sample; bench/language.mjs measures the cost)', () => {
    const big = ARABIC_PARAGRAPH.repeat(Math.ceil(5_000_000 / ARABIC_PARAGRAPH.length));
    expect(detectLanguage(big)).toBe('ar');
    expect(detectLanguageSample(big, 1000)).toBe('ar');
  });

  it('samples the middle too, so a short foreign navigation bar does not decide', () => {
    const nav = 'Home News Sport Contact About Login '.repeat(5);
    const page = nav + PERSIAN_PARAGRAPH.repeat(40);
    expect(detectLanguageSample(page, 600)).toBe('fa');
  });
});

describe('detectLanguage: other Arabic-script languages', () => {
  it('names Kurdish and Pashto rather than calling them Persian or Arabic', () => {
    expect(detectLanguage('ئەو وتی کە هێزەکانی کورد لە شارەکە بوون')).toBe('ku');
    expect(detectLanguage('د افغانستان د بهرنیو چارو وزارت ویاند وویل چې')).toBe('ps');
  });
});
