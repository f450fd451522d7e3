// Unseen-text patterns of issue 9: the verb's subject given by a pronoun or a
// particle, not by the actors after it ("لكنها اتهمت X بـ"، "نقلت عنها الوكالة"،
// "وقالت لوكالة الأنباء:"، "وكان X قد أكد"). Every sentence is our own writing.
import { describe, expect, it } from 'vitest';
import { direct, itSaysWho } from './support/speaking';

const LEAD = 'عقدت الأطراف جولة جديدة من المحادثات في العاصمة دون أن تعلن أي نتائج ملموسة.\n\n';

const speakerOf = (text: string, quote: string) => direct(LEAD + text).find(([q]) => q === quote)?.[1];

describe('a particle with a pronoun before the verb is its subject; the actors after it are objects', () => {
  const cases: Array<[string, string, string]> = [
    ['وقالت ماريا زاخاروفا إن موسكو "منفتحة على الحوار"، لكنها اتهمت الاتحاد الأوروبي بـ"تقويض كل الجهود الدبلوماسية".', 'تقويض كل الجهود الدبلوماسية', 'ماريا زاخاروفا'],
    ['وأكد سيرغي لافروف أن بلاده "لن تنسحب"، لكنه حمّل الولايات المتحدة مسؤولية "إطالة أمد الحرب في أوكرانيا".', 'إطالة أمد الحرب في أوكرانيا', 'سيرغي لافروف'],
    ['ورحب أنطونيو غوتيريش بالهدنة، غير أنه قال إن الأمم المتحدة "لا تملك ضمانات لاستمرارها طويلا".', 'لا تملك ضمانات لاستمرارها طويلا', 'أنطونيو غوتيريش'],
  ];
  for (const [text, quote, speaker] of cases) it(text.slice(0, 40), () => expect(speakerOf(text, quote)).toBe(speaker));
});

describe('"نقلت عنه/عنها الوكالة قوله": passed on from the last speaker of that gender', () => {
  const cases: Array<[string, string, string]> = [
    ['وكانت ماريا زاخاروفا قد انتقدت الخطة. ونقلت عنها وكالة محلية قولها: "لن نقبل بأي وصاية على قرارنا السيادي".', 'لن نقبل بأي وصاية على قرارنا السيادي', 'ماريا زاخاروفا'],
    ['وزار فولوديمير زيلينسكي الجبهة أمس. ونقلت عنه الوكالة الرسمية قوله: "جنودنا يصمدون في ظروف قاسية جدا".', 'جنودنا يصمدون في ظروف قاسية جدا', 'فولوديمير زيلينسكي'],
  ];
  for (const [text, quote, speaker] of cases) it(text.slice(0, 40), () => expect(speakerOf(text, quote)).toBe(speaker));
});

describe('"وقالت لوكالة الأنباء:" — an outlet behind ل is whom the words were said to', () => {
  const cases: Array<[string, string, string]> = [
    ['كانت رنا الصباغ تنتظر أخاها عند المعبر منذ الصباح. وقالت لوكالة الأنباء الألمانية: "لم يصل أحد بعد ولا نعرف السبب".', 'لم يصل أحد بعد ولا نعرف السبب', 'رنا الصباغ'],
    ['ووقف إلهام علييف أمام الصحفيين في المطار. وقال لوكالة فرانس برس: "الاتفاق سيوقع قبل نهاية العام".', 'الاتفاق سيوقع قبل نهاية العام', 'إلهام علييف'],
  ];
  for (const [text, quote, speaker] of cases) it(text.slice(0, 40), () => expect(speakerOf(text, quote)).toBe(speaker));
});

describe('"وكان X قد أكد": the name before قد is the subject', () => {
  const cases: Array<[string, string, string]> = [
    ['وقال فولوديمير زيلينسكي إن الهجوم "فشل". وكانت ماريا زاخاروفا قد أكدت في مؤتمر صحفي أن موسكو "لن تتراجع عن أهدافها المعلنة".', 'لن تتراجع عن أهدافها المعلنة', 'ماريا زاخاروفا'],
    ['وقالت كايا كالاس إن العقوبات "ستستمر". وكان سيرغي لافروف قد قال في مقابلة إن الغرب "يخطئ في قراءة نوايانا تماما".', 'يخطئ في قراءة نوايانا تماما', 'سيرغي لافروف'],
  ];
  for (const [text, quote, speaker] of cases) it(text.slice(0, 40), () => expect(speakerOf(text, quote)).toBe(speaker));
});

describe('more ways a text names the subject', () => {
  it('"نظيره الأرميني X": a counterpart is a title, the name after it speaks', () => {
    const text = 'وقال سيرغي لافروف إن موسكو "مستعدة للوساطة". وأشار نظيره التركي هاكان فيدان، من جهته، إلى أن "الحل يجب أن يأتي من المنطقة نفسها".';
    expect(speakerOf(text, 'الحل يجب أن يأتي من المنطقة نفسها')).toBe('هاكان فيدان');
  });

  it('"وفقا لما نقله محاموه": how the words came is no speaker', () => {
    const text = 'وقال إلهام علييف في كلمته أمام البرلمان، وفقا لما نقلته وسائل إعلام محلية: "لن نقبل بأي تأجيل جديد للتوقيع".';
    expect(speakerOf(text, 'لن نقبل بأي تأجيل جديد للتوقيع')).toBe('إلهام علييف');
  });

  it('"وجاء في البيان" after a body condemned something "في بيان": that body', () => {
    const text = 'واستنكرت وزارة الخارجية الروسية الهجوم في بيان مقتضب، وجاء في البيان: "هذه الأعمال لن تمر دون رد مناسب".';
    expect(speakerOf(text, 'هذه الأعمال لن تمر دون رد مناسب')).toBe('وزارة الخارجية الروسية');
  });

  it('"وجاء في تقرير للمنظمة": the organisation named before', () => {
    const text = 'وحذرت منظمة العفو الدولية من تدهور أوضاع السجون. وجاء في تقرير للمنظمة: "مئات المعتقلين بلا محاكمة منذ سنوات".';
    expect(speakerOf(text, 'مئات المعتقلين بلا محاكمة منذ سنوات')).toBe('منظمة العفو الدولية');
  });

  it('"أما X فاعتبر": one plain word after أما is the speaker', () => {
    const text = 'وقال فولوديمير زيلينسكي إن الدعم "تأخر كثيرا". أما سيمونوف فاعتبر أن "الوقت لم يفت بعد لتغيير المعادلة".';
    expect(speakerOf(text, 'الوقت لم يفت بعد لتغيير المعادلة')).toBe('سيمونوف');
  });
});

describe('"ذات/ذو" goes on describing; it opens no name', () => {
  it('"وتضيف الشابة ذات الاثنين والعشرين عاما:" carries the young woman quoted before', () => {
    const text = 'وقالت الطالبة رهام الجعبري إن الجامعة "أغلقت أبوابها منذ شهرين". وتضيف الشابة ذات الاثنين والعشرين عاما: «لم يبق لنا سوى الدراسة عن بعد».';
    expect(speakerOf(text, 'لم يبق لنا سوى الدراسة عن بعد')).toBe('رهام الجعبري');
  });
});

describe('"واتهم X بـ…": one actor after a charging verb, then بـ, is its object', () => {
  const CASES: Array<[string, string, string]> = [
    ['وقال وزير الدفاع يسرائيل كاتس إن الجيش باق في مواقعه. واتهم حماس بـ"سرقة الخيام من المخازن".', 'سرقة الخيام من المخازن', 'يسرائيل كاتس'],
    ['وقالت المتحدثة ماريا زاخاروفا إن موسكو لن ترد. واتهمت كييف بـ"تعطيل صفقة تبادل الأسرى في اللحظة الأخيرة".', 'تعطيل صفقة تبادل الأسرى في اللحظة الأخيرة', 'ماريا زاخاروفا'],
    ['وقال قائد الجيش عبد الفتاح البرهان إن المعركة مستمرة. واتهم الإمارات بـ"تمويل الحرب على السودان".', 'تمويل الحرب على السودان', 'عبد الفتاح البرهان'],
  ];
  itSaysWho(CASES, LEAD);

  it('two actors after the verb: the first is its subject', () => {
    const text = `${LEAD}وقال الوزير سامي الدباغ إن الوضع صعب. واتهمت وزارة الخارجية الروسية كييف بـ"تعطيل صفقة تبادل الأسرى في اللحظة الأخيرة".`;
    expect(direct(text)).toContainEqual(['تعطيل صفقة تبادل الأسرى في اللحظة الأخيرة', 'وزارة الخارجية الروسية']);
  });
});
