import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes';
import { attributeSpeakers } from '../../src/core/speakers';
import type { ActorResult, ActorType, Gender, QuoteResult } from '../../src/core/types';

/** Actors as findActors would report them: every occurrence of each surface (longest first). */
function actorsIn(text: string, spec: Array<{ id: string | null; type: ActorType; surfaces: string[]; gender?: Gender; about?: string }>): ActorResult[] {
  const taken: Array<[number, number]> = [];
  // "للخارجية": ل + الخارجية contracts; the mention starts after the first ل (as the scorer reads it).
  const all = spec
    .flatMap((a) => a.surfaces.flatMap((s) => (s.startsWith('ال') ? [{ a, s }, { a, s: `ل${s.slice(1)}` }] : [{ a, s }])))
    .sort((x, y) => y.s.length - x.s.length);
  const byActor = new Map<(typeof spec)[number], ActorResult>();
  for (const { a, s } of all) {
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
      const end = at + s.length;
      if (taken.some(([x, y]) => x < end && at < y)) continue;
      taken.push([at, end]);
      const r = byActor.get(a) ?? { id: a.id, type: a.type, name: { ar: a.surfaces[0]!, en: a.id ?? '' }, about: a.about ? { ar: a.about, en: '' } : null, mentions: [], gender: a.gender };
      r.mentions.push({ start: at, end, surface: s });
      byActor.set(a, r);
    }
  }
  return [...byActor.values()];
}

function speakersOf(text: string, actors: ActorResult[], kind: 'direct' | 'indirect' = 'direct'): Array<[string, string | null]> {
  const out: QuoteResult[] = attributeSpeakers(text, findQuotes(text), actors);
  return out
    .filter((q) => q.kind === kind)
    .map((q) => [text.slice(q.start, q.end), q.speaker ? (q.speaker.id ?? `?${text.slice(q.speaker.start, q.speaker.end)}`) : null]);
}

const LAVROV = { id: 'sergey-lavrov', type: 'person' as const, surfaces: ['سيرغي لافروف', 'لافروف'], gender: 'm' as const };
const ZAKHAROVA = { id: 'maria-zakharova', type: 'person' as const, surfaces: ['ماريا زاخاروفا', 'زاخاروفا'], gender: 'f' as const, about: 'المتحدثة باسم وزارة الخارجية الروسية' };
const PESKOV = { id: 'dmitry-peskov', type: 'person' as const, surfaces: ['دميتري بيسكوف', 'بيسكوف'], gender: 'm' as const };
const MFA = { id: 'russian-mfa', type: 'organization' as const, surfaces: ['وزارة الخارجية الروسية', 'الخارجية الروسية'], gender: 'f' as const };
const KREMLIN = { id: 'kremlin', type: 'organization' as const, surfaces: ['الكرملين'], gender: 'm' as const };
const MOD_AZ = { id: 'azerbaijani-mod', type: 'organization' as const, surfaces: ['وزارة الدفاع الأذربيجانية'], gender: 'f' as const };
const ARMY_SY = { id: 'syrian-army', type: 'organization' as const, surfaces: ['الجيش السوري'], gender: 'm' as const };
const RUSSIA = { id: 'russia', type: 'state' as const, surfaces: ['روسيا'], gender: 'f' as const };

describe('attributeSpeakers: the speaker before the quote', () => {
  it('takes the named person after a title in the same sentence', () => {
    const text = 'وقال وزير الخارجية الروسي سيرغي لافروف: "لن نسمح بتكرار ما حدث في المنطقة".';
    expect(speakersOf(text, actorsIn(text, [LAVROV, RUSSIA]))).toEqual([['لن نسمح بتكرار ما حدث في المنطقة', 'sergey-lavrov']]);
  });

  it('points the speaker span at the mention used', () => {
    const text = 'وقال وزير الخارجية الروسي سيرغي لافروف: "لن نسمح بتكرار ما حدث في المنطقة".';
    const [q] = attributeSpeakers(text, findQuotes(text), actorsIn(text, [LAVROV]));
    expect(text.slice(q!.speaker!.start, q!.speaker!.end)).toBe('سيرغي لافروف');
  });

  it('attributes indirect speech to the subject of its verb', () => {
    const text = 'أكدت زاخاروفا أن موسكو تتابع الوضع عن كثب.';
    expect(speakersOf(text, actorsIn(text, [ZAKHAROVA]), 'indirect')).toEqual([['موسكو تتابع الوضع عن كثب', 'maria-zakharova']]);
  });

  it('skips the channel the words were said to ("في حديث لشبكة")', () => {
    const text = 'وأضافت زاخاروفا، في حديث لإذاعة "صوت موسكو"، "العقوبات لن تغير حساباتنا في أوروبا".';
    expect(speakersOf(text, actorsIn(text, [ZAKHAROVA]))).toEqual([['العقوبات لن تغير حساباتنا في أوروبا', 'maria-zakharova']]);
  });

  it('prefers the spokesman named after "المتحدث باسم X" to X', () => {
    const text = 'قال المتحدث باسم الكرملين دميتري بيسكوف، “التطورات قد تؤدي إلى عواقب غير قابلة للإصلاح”.';
    expect(speakersOf(text, actorsIn(text, [PESKOV, KREMLIN]))).toEqual([['التطورات قد تؤدي إلى عواقب غير قابلة للإصلاح', 'dmitry-peskov']]);
  });
});

describe('attributeSpeakers: the speaker after the quote', () => {
  it('reads "..."، قال X', () => {
    const text = '"نحن مستعدون لاستئناف المفاوضات في أي وقت"، قال بيسكوف للصحفيين.';
    expect(speakersOf(text, actorsIn(text, [PESKOV]))).toEqual([['نحن مستعدون لاستئناف المفاوضات في أي وقت', 'dmitry-peskov']]);
  });

  it('reads "..." بحسب بيان للجيش', () => {
    const text = 'وتابعت المعارك. "تم تدمير ثلاث آليات للعدو في الريف الشمالي" بحسب بيان للجيش السوري.';
    expect(speakersOf(text, actorsIn(text, [ARMY_SY]))).toEqual([['تم تدمير ثلاث آليات للعدو في الريف الشمالي', 'syrian-army']]);
  });

  it('reads "..." بحسب قوله as the speaker already named', () => {
    const text = 'وأكد لافروف أن "الحوار هو السبيل الوحيد لحل الأزمة الراهنة" بحسب قوله.';
    expect(speakersOf(text, actorsIn(text, [LAVROV]))).toEqual([['الحوار هو السبيل الوحيد لحل الأزمة الراهنة', 'sergey-lavrov']]);
  });
});

describe('attributeSpeakers: carry-over by gender', () => {
  it('gives "وأضاف" and "وأضافت" to the last speaker of that gender', () => {
    const text =
      'وقالت زاخاروفا: "نشعر بقلق بالغ إزاء التصعيد الحاد".\n' +
      'وقال لافروف: "يجب وقف إطلاق النار فورا في الإقليم".\n' +
      'وأضافت: "الجانب الروسي يحث الأطراف على وقف إراقة الدماء".\n' +
      'وأضاف: "سنواصل الاتصالات مع جميع الأطراف المعنية".';
    expect(speakersOf(text, actorsIn(text, [ZAKHAROVA, LAVROV])).map(([, s]) => s)).toEqual([
      'maria-zakharova',
      'sergey-lavrov',
      'maria-zakharova',
      'sergey-lavrov',
    ]);
  });

  it('carries "وأشار إلى أن" and a participle ("، مؤكدا") over', () => {
    const text = 'وقال بيسكوف: "نحن نراقب الوضع بعناية شديدة"، مؤكدا "أن الاتصالات مستمرة مع الجانبين". وأشار إلى أن "روسيا لن تتدخل في هذا الشأن الداخلي".';
    expect(speakersOf(text, actorsIn(text, [PESKOV])).map(([, s]) => s)).toEqual(['dmitry-peskov', 'dmitry-peskov', 'dmitry-peskov']);
  });

  it('learns the gender of a speaker the gazetteer gives none from its verb', () => {
    const zak = { ...ZAKHAROVA, gender: undefined };
    const text = 'وقالت زاخاروفا: "نشعر بقلق بالغ إزاء التصعيد".\nوقال بيسكوف: "لا تعليق لدينا على هذه التقارير".\nوأضافت: "هذا غير صحيح على الإطلاق".';
    expect(speakersOf(text, actorsIn(text, [zak, PESKOV])).map(([, s]) => s)).toEqual(['maria-zakharova', 'dmitry-peskov', 'maria-zakharova']);
  });

  it('gives "المتحدث باسم الجيش" to the army, not to a man quoted before who holds no such post', () => {
    const text = 'وقال المزارع عدنان الراعي: "صادروا أغنامنا كلها".\nوقال المتحدث باسم الجيش السوري إن قواته "لم تدخل القرية أصلا".';
    expect(speakersOf(text, actorsIn(text, [ARMY_SY]))[1]).toEqual(['لم تدخل القرية أصلا', 'syrian-army']);
  });

  it('gives "المتحدثة باسم الخارجية" to the spokeswoman already quoted', () => {
    const text = 'وقالت زاخاروفا: "نشعر بقلق بالغ".\nولفتت المتحدثة باسم الخارجية الروسية إلى أن "الغرب يضلل جمهوره بشأن روسيا".';
    expect(speakersOf(text, actorsIn(text, [ZAKHAROVA, MFA, RUSSIA]))[1]).toEqual(['الغرب يضلل جمهوره بشأن روسيا', 'maria-zakharova']);
  });
});

describe('attributeSpeakers: institutions, spokesmen, anonymous sources', () => {
  it('lets an institution speak ("وجاء في بيان للخارجية الروسية")', () => {
    const text = 'وجاء في بيان للخارجية الروسية، يوم الثلاثاء: "ندعو الطرفين إلى وقف إراقة الدماء فورا".\nوأضافت أن "الأمر الرئيسي هو العودة إلى الاتفاقات".';
    expect(speakersOf(text, actorsIn(text, [MFA])).map(([, s]) => s)).toEqual(['russian-mfa', 'russian-mfa']);
  });

  it('lets "أعلنت وزارة الدفاع" speak and resolves "بيان الوزارة" to it', () => {
    const text = 'وأعلنت وزارة الدفاع الأذربيجانية إطلاق عملية عسكرية.\nوجاء في بيان الوزارة: "بدأت وحداتنا تدابير محدودة على خط التماس".';
    expect(speakersOf(text, actorsIn(text, [MOD_AZ]))).toEqual([['بدأت وحداتنا تدابير محدودة على خط التماس', 'azerbaijani-mod']]);
  });

  it('gives an unnamed spokesman\'s words to the institution', () => {
    const text = 'وقال متحدث باسم الجيش السوري إن "القوات صدت هجوما واسعا على مواقعها".';
    expect(speakersOf(text, actorsIn(text, [ARMY_SY]))).toEqual([['القوات صدت هجوما واسعا على مواقعها', 'syrian-army']]);
  });

  it('gives an anonymous source a null speaker, and its "وأضاف" too', () => {
    const text =
      'وقال لافروف: "يجب وقف إطلاق النار فورا".\nوقال مصدر في وزارة الخارجية الروسية إن "المفاوضات متعثرة منذ أسابيع طويلة".\nوأضاف المصدر: "لا نتوقع أي تقدم في الأيام المقبلة".';
    const speakers = speakersOf(text, actorsIn(text, [LAVROV, MFA])).map(([, s]) => s);
    expect(speakers).toEqual(['sergey-lavrov', null, null]);
  });

  it('keeps "المصدر نفسه" anonymous later on', () => {
    const text = 'وقال لافروف: "يجب وقف إطلاق النار فورا".\nوقال مصدر دبلوماسي إن "المفاوضات متعثرة منذ أسابيع".\nوأوضح المصدر نفسه أن "الجولة المقبلة لم تحدد بعد".';
    expect(speakersOf(text, actorsIn(text, [LAVROV])).map(([, s]) => s)).toEqual(['sergey-lavrov', null, null]);
  });

  it('gives null when the text never says who spoke', () => {
    const text = 'وانتشرت على مواقع التواصل عبارة "لن نغادر أرضنا مهما كان الثمن".';
    expect(speakersOf(text, actorsIn(text, [RUSSIA]))).toEqual([['لن نغادر أرضنا مهما كان الثمن', null]]);
  });
});

describe('attributeSpeakers: headlines and unknown names', () => {
  it('takes the speaker named before a headline colon', () => {
    const text = 'مقالات مشابهة\n• كير ستارمر: قصف خاركيف الروسي "دليل جديد على أن روسيا لا تريد السلام\n• خبر آخر';
    const starmer = { id: 'keir-starmer', type: 'person' as const, surfaces: ['كير ستارمر'], gender: 'm' as const };
    expect(speakersOf(text, actorsIn(text, [starmer, RUSSIA]))).toEqual([['دليل جديد على أن روسيا لا تريد السلام', 'keir-starmer']]);
  });

  it('points at a name the gazetteer lacks, and carries it over', () => {
    const text = 'وقال سعد الشهري خلال المؤتمر الصحفي:" مدافعو الفريق كانوا أفضل منا اليوم". وواصل:" نحتاج وقتا لتصحيح الأخطاء".';
    expect(speakersOf(text, [])).toEqual([
      ['مدافعو الفريق كانوا أفضل منا اليوم', '?سعد الشهري'],
      ['نحتاج وقتا لتصحيح الأخطاء', '?سعد الشهري'],
    ]);
  });

  it('reads no name from a preposition with a pronoun, an age phrase, a clip, a relay verb or an interview mark', () => {
    const cases: Array<[string, string]> = [
      ['وقال لنا موظف في البلدية: "المولدات متوقفة منذ أسبوع كامل".', 'المولدات متوقفة منذ أسبوع كامل'],
      ['وتضيف الطالبة ذات العشرين ربيعا: «لم أترك كتبي حتى في الملجأ».', 'لم أترك كتبي حتى في الملجأ'],
      ['وقال المدرب بعد اللقاء، بحسب مقطع مصور نشرته إدارة النادي: "اللاعبون قدموا كل ما لديهم".', 'اللاعبون قدموا كل ما لديهم'],
      ['وقال المحامي، بحسب ما نقلته وكالة الأنباء المحلية، إن موكله "لم يحصل على محاكمة عادلة".', 'لم يحصل على محاكمة عادلة'],
      ['س: كيف حال المزارعين؟\nج: الحال صعب. والمحافظ وعدنا بأن البلدية "ستصلح قنوات الري قبل الصيف".', 'ستصلح قنوات الري قبل الصيف'],
    ];
    for (const [text, quote] of cases) {
      const [found] = speakersOf(text, []);
      expect(found?.[0], text).toBe(quote);
      expect(found?.[1] ?? '', text).not.toMatch(/^\?(لنا|ذات|مقطع|نقلته|ج$)/);
    }
  });
});

describe('attributeSpeakers: more ways outlets say who spoke', () => {
  it('reads "..."، هكذا قال X', () => {
    const text = '"لن نسمح بعودة الوضع إلى ما كان عليه من قبل"، هكذا قال بيسكوف في كلمة مساء الأحد.';
    expect(speakersOf(text, actorsIn(text, [PESKOV]))).toEqual([['لن نسمح بعودة الوضع إلى ما كان عليه من قبل', 'dmitry-peskov']]);
  });

  it('takes the one after عن for a relay verb, and an anonymous one there is null', () => {
    const text =
      'ونقلت وكالة تاس عن لافروف قوله: "الحوار مع واشنطن متوقف تماما منذ أشهر".\n' +
      'ونقلت وكالة رويترز عن مسؤول أمريكي قوله: "الإدارة تضغط من أجل هدنة فورية".';
    expect(speakersOf(text, actorsIn(text, [LAVROV])).map(([, s]) => s)).toEqual(['sergey-lavrov', null]);
  });

  it('gives words an outlet reports no speaker, and keeps an outlet spoken to out of the way', () => {
    const text =
      'وقال لافروف لوكالة سبوتنيك: "نحن مستعدون للحوار مع الجميع".\n' +
      'وذكرت صحيفة نيويورك تايمز أن "الإدارة تدرس إرسال أسلحة جديدة".\n' +
      'وأضافت الصحيفة أن "القرار قد يصدر خلال أيام قليلة".';
    const media = { id: 'nyt', type: 'media' as const, surfaces: ['نيويورك تايمز'] };
    const sputnik = { id: 'sputnik', type: 'media' as const, surfaces: ['سبوتنيك'] };
    expect(speakersOf(text, actorsIn(text, [LAVROV, media, sputnik])).map(([, s]) => s)).toEqual(['sergey-lavrov', null, null]);
  });

  it('continues the speaker of the paragraph before for a quote that opens its paragraph', () => {
    const text = 'وقال بيسكوف إن الأمر خطير للغاية.\n\n"نحن لن نقبل بذلك أبدا تحت أي ظرف من الظروف".';
    expect(speakersOf(text, actorsIn(text, [PESKOV]))).toEqual([['نحن لن نقبل بذلك أبدا تحت أي ظرف من الظروف', 'dmitry-peskov']]);
  });

  it('reads subject-verb order ("وزارة الدفاع الأذربيجانية صرحت")', () => {
    const text = 'وكانت وزارة الدفاع الأذربيجانية صرحت بأن "العملية تستهدف مواقع عسكرية فقط في الإقليم".';
    expect(speakersOf(text, actorsIn(text, [MOD_AZ]))).toEqual([['العملية تستهدف مواقع عسكرية فقط في الإقليم', 'azerbaijani-mod']]);
  });

  it('does not take an object for a subject ("وأكد رفض القوات ...")', () => {
    const army = { id: 'yemeni-forces', type: 'organization' as const, surfaces: ['القوات المسلحة اليمنية'], gender: 'f' as const };
    const saree = { id: 'yahya-saree', type: 'person' as const, surfaces: ['يحيى سريع'], gender: 'm' as const };
    const text = 'وقال يحيى سريع: "سنواصل عملياتنا".\nوأكد رفض القوات المسلحة اليمنية أي وجود أجنبي، مشيرا إلى أن "الوجود الأجنبي غير شرعي في البلاد".';
    expect(speakersOf(text, actorsIn(text, [army, saree]))[1]).toEqual(['الوجود الأجنبي غير شرعي في البلاد', 'yahya-saree']);
  });

  it('uses the gender the verb shows for a body ("قالت الحكومة اليمنية" though the state is masculine)', () => {
    const yemen = { id: 'yemen', type: 'state' as const, surfaces: ['الحكومة اليمنية'], gender: 'm' as const };
    const text = 'قالت الحكومة اليمنية إن "هذا الاعتراف يكشف حجم الضربة".\nوأضافت أن "الميليشيا تعيش حالة ارتباك غير مسبوقة".';
    expect(speakersOf(text, actorsIn(text, [yemen])).map(([, s]) => s)).toEqual(['yemen', 'yemen']);
  });

  it('takes the person of a headline "X لـ"outlet": "..."', () => {
    const text = 'زاخاروفا لـ"سبوتنيك": "الغرب يريد إطالة أمد النزاع في أوكرانيا"\n\nنص الخبر هنا.';
    expect(speakersOf(text, actorsIn(text, [ZAKHAROVA]))).toEqual([['الغرب يريد إطالة أمد النزاع في أوكرانيا', 'maria-zakharova']]);
  });

  it('never names "اقرأ أيضا" or "وأضاف" as a headline speaker', () => {
    const text = 'اقرأ أيضا: "الكرملين يرفض المقترح الأمريكي بشأن أوكرانيا جملة وتفصيلا"\nوأضاف: "لا تعليق لدينا على هذه التقارير الآن".';
    expect(speakersOf(text, []).map(([, s]) => s)).toEqual([null, null]);
  });
});

describe('attributeSpeakers: hostile input', () => {
  it('attributes every quote in 5 MB of quotes, verbs and names without line breaks', () => {
    const unit = 'وقال بيسكوف: "نحن نراقب الوضع بعناية شديدة". وأضاف أن روسيا تتابع. قال قال قال وأكد: ';
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
    const actors = actorsIn(unit, [PESKOV, RUSSIA]).map((a) => ({
      ...a,
      mentions: Array.from({ length: Math.ceil(5_000_000 / unit.length) }, (_, i) => a.mentions.map((m) => ({ ...m, start: m.start + i * unit.length, end: m.end + i * unit.length }))).flat(),
    }));
    const out = attributeSpeakers(text, findQuotes(text), actors);
    expect(out.filter((q) => q.kind === 'direct').every((q) => q.speaker?.id === 'dmitry-peskov')).toBe(true);
  }, 90_000);

  it('survives a text of only quotation marks and speech verbs', () => {
    const text = '"قال" "وأضاف" «أكد» '.repeat(20_000) + '"'.repeat(50_000);
    const out = attributeSpeakers(text, findQuotes(text), []);
    for (const q of out) expect(q.end).toBeGreaterThan(q.start);
  });
});

describe('attributeSpeakers: titles, appositions and role-only persons', () => {
  it('takes a name set off by commas after a title, even when the title holds an actor', () => {
    const guterres = { id: 'antonio-guterres', type: 'person' as const, surfaces: ['الأمين العام'], gender: 'm' as const };
    const dujarric = { id: 'stephane-dujarric', type: 'person' as const, surfaces: ['ستيفان دوجاريك'], gender: 'm' as const };
    const text = 'وقال المتحدث باسم الأمين العام، ستيفان دوجاريك، إن "الوضع الإنساني في البلاد كارثي".';
    expect(speakersOf(text, actorsIn(text, [guterres, dujarric]))).toEqual([['الوضع الإنساني في البلاد كارثي', 'stephane-dujarric']]);
  });

  it('points at an apposed name the gazetteer lacks', () => {
    const rsf = { id: 'rsf', type: 'group' as const, surfaces: ['قوات الدعم السريع'], gender: 'f' as const };
    const text = 'قال مستشار قائد قوات الدعم السريع، الباشا طبيق، في تدوينة، إن "الجيش يتحمل مسؤولية استمرار الحرب".';
    expect(speakersOf(text, actorsIn(text, [rsf]))).toEqual([['الجيش يتحمل مسؤولية استمرار الحرب', '?الباشا طبيق']]);
  });

  it('prefers a gazetteer person to a role-only one in the same subject', () => {
    const role = { id: null, type: 'person' as const, surfaces: ['قائد الجيش'] };
    const burhan = { id: 'abdel-fattah-al-burhan', type: 'person' as const, surfaces: ['الفريق أول عبد الفتاح البرهان', 'البرهان'], gender: 'm' as const };
    const text = 'تعهد قائد الجيش، الفريق أول عبد الفتاح البرهان، بمواصلة القتال، وقال في خطاب: "لن نتفاوض مع من قتل شعبنا".';
    expect(speakersOf(text, actorsIn(text, [role, burhan]))).toEqual([['لن نتفاوض مع من قتل شعبنا', 'abdel-fattah-al-burhan']]);
  });

  it('does not take a name behind ل for the subject ("فصيل تابع لإيران")', () => {
    const iran = { id: 'iran', type: 'state' as const, surfaces: ['إيران'], gender: 'f' as const };
    const text = 'وقال لافروف: "نرفض التصعيد".\nوهاجم فصيل تابع لإيران القاعدة، وأضاف: "سنرد في الوقت المناسب على أي اعتداء".';
    expect(speakersOf(text, actorsIn(text, [LAVROV, iran])).map(([, s]) => s)).toEqual(['sergey-lavrov', 'sergey-lavrov']);
  });
});

describe('attributeSpeakers: invisible characters', () => {
  it('reads a speech verb and a name through bidi controls and zero-width joiners', () => {
    const text = 'وقا\u200Fل بيسكو\u200Dف: \u202B"نحن نراقب الوضع بعناية شديدة"\u202C.';
    const peskov = { id: 'dmitry-peskov', type: 'person' as const, surfaces: ['بيسكو\u200Dف'], gender: 'm' as const };
    expect(speakersOf(text, actorsIn(text, [peskov]))).toEqual([['نحن نراقب الوضع بعناية شديدة', 'dmitry-peskov']]);
  });
});

describe('attributeSpeakers: participles', () => {
  it('gives a participle the subject of its own sentence, not the object before it', () => {
    const netanyahu = { id: 'benjamin-netanyahu', type: 'person' as const, surfaces: ['نتنياهو'], gender: 'm' as const };
    const hamas = { id: 'hamas', type: 'group' as const, surfaces: ['حماس'], gender: 'm' as const };
    const text = 'وقال لافروف: "نرفض التصعيد في المنطقة".\nوهاجم نتنياهو حماس قائلا: "سنواصل الحرب حتى تحقيق جميع أهدافها".';
    expect(speakersOf(text, actorsIn(text, [LAVROV, netanyahu, hamas])).map(([, s]) => s)).toEqual(['sergey-lavrov', 'benjamin-netanyahu']);
  });

  it('takes the main verb of the sentence, not a verb inside what it reports', () => {
    const trump = { id: 'donald-trump', type: 'person' as const, surfaces: ['ترامب'], gender: 'm' as const };
    const us = { id: 'united-states', type: 'state' as const, surfaces: ['الولايات المتحدة'], gender: 'f' as const };
    const text = 'وقال ترامب إن الولايات المتحدة رأت عبر الأقمار الصناعية خسائر كبيرة، قائلا إن الجثث "منتشرة في كل مكان على طول الجبهة".';
    expect(speakersOf(text, actorsIn(text, [trump, us]))).toEqual([['منتشرة في كل مكان على طول الجبهة', 'donald-trump']]);
  });
});

describe('attributeSpeakers: unnamed office holders and bodies the gazetteer lacks', () => {
  it('gives "وقال قائد السفينة" the office as speaker when no one was introduced with it', () => {
    const saree = { id: 'yahya-saree', type: 'person' as const, surfaces: ['يحيى سريع'], gender: 'm' as const };
    const text = 'وقال المتحدث العسكري يحيى سريع: "استهدفنا السفينة بعدد من الصواريخ".\nوقال قائد السفينة للهيئة إن "انفجارا وقع بالقرب من السفينة دون إصابات".';
    expect(speakersOf(text, actorsIn(text, [saree])).map(([, s]) => s)).toEqual(['yahya-saree', '?قائد السفينة']);
  });

  it('lets an office refer back to the one introduced with it ("مدرب الفريق")', () => {
    const text = 'تحدث سعد الشهري، مدرب الفريق، عن الخسارة أمام الفتح أمس.\nوقال سعد الشهري خلال المؤتمر: "كانوا أفضل منا اليوم في كل شيء".\nوأكمل مدرب الفريق: "نحتاج وقتا لتصحيح الأخطاء".';
    expect(speakersOf(text, []).map(([, s]) => s)).toEqual(['?سعد الشهري', '?سعد الشهري']);
  });

  it('finds a named person set off by commas past a preposition', () => {
    const ilham = { id: 'ilham-ahmed', type: 'person' as const, surfaces: ['إلهام أحمد'], gender: 'f' as const };
    const text = 'وقالت الرئيسة المشتركة لدائرة العلاقات الخارجية في الإدارة، إلهام أحمد، لوكالة فرانس برس: "ندعو إلى التدخل الفوري لوقف التصعيد".';
    expect(speakersOf(text, actorsIn(text, [ilham]))).toEqual([['ندعو إلى التدخل الفوري لوقف التصعيد', 'ilham-ahmed']]);
  });

  it('points at a body the gazetteer lacks, named up to أن', () => {
    const text = 'وقال الحوثيون: "استهدفنا سفينة".\nوذكرت هيئة عمليات التجارة البحرية البريطانية أن "سفينة أبلغت عن انفجار قريب منها".';
    const houthis = { id: 'houthis', type: 'group' as const, surfaces: ['الحوثيون'], gender: 'm' as const };
    expect(speakersOf(text, actorsIn(text, [houthis]))[1]).toEqual(['سفينة أبلغت عن انفجار قريب منها', '?هيئة عمليات التجارة البحرية البريطانية']);
  });

  it('lets "وأضاف البيان" speak for the issuer of the statement quoted before', () => {
    const pashinyan = { id: 'nikol-pashinyan', type: 'person' as const, surfaces: ['باشينيان'], gender: 'm' as const };
    const azmfa = { id: 'azerbaijani-mfa', type: 'organization' as const, surfaces: ['وزارة الخارجية الأذربيجانية'], gender: 'f' as const };
    const text =
      'وقال باشينيان: «لدينا معلومات عن تحركات عسكرية قرب الحدود».\n' +
      'وقالت وزارة الخارجية الأذربيجانية في بيان: «هذه الاتهامات لا أساس لها من الصحة».\n' +
      'وأضاف البيان أن «باكو ملتزمة بالمفاوضات على أساس الاعتراف المتبادل».';
    expect(speakersOf(text, actorsIn(text, [pashinyan, azmfa])).map(([, s]) => s)).toEqual(['nikol-pashinyan', 'azerbaijani-mfa', 'azerbaijani-mfa']);
  });
});

describe('attributeSpeakers: relative clauses', () => {
  it('gives the words after "X التي قالت:" to X', () => {
    const texts = [
      'وتحدثنا إلى المتحدثة ماريا زاخاروفا التي قالت: "لن نتراجع عن موقفنا".',
      'واتصلنا بالوزير سيرغي لافروف الذي قال: "الحوار هو الطريق الوحيد".',
      'وكان في القاعة دميتري بيسكوف الذي أضاف "لا جديد في الملف".',
    ];
    expect(texts.map((t) => speakersOf(t, actorsIn(t, [LAVROV, ZAKHAROVA, PESKOV]))[0]?.[1])).toEqual(['maria-zakharova', 'sergey-lavrov', 'dmitry-peskov']);
  });
  it('keeps a relative clause that reports nothing out of the speakers', () => {
    const text = 'وقالت زاخاروفا: "سنرد بحزم".\nوهاجم لافروف الخطة التي أعلنها الغرب أمس.\nوأضافت: "لا أحد يملي علينا شروطه".';
    expect(speakersOf(text, actorsIn(text, [LAVROV, ZAKHAROVA])).map(([, s]) => s)).toEqual(['maria-zakharova', 'maria-zakharova']);
  });

  it('gives the words of "X، التي قالت في ... إن «...»" to X, past an apposition', () => {
    const cases: Array<[string, string]> = [
      ['وكانت وزارة الخارجية الروسية، التي قالت حينها إنها «لن تقبل أي شروط مسبقة»، قد رفضت الخطة.', 'russian-mfa'],
      ['والتقينا سيرغي لافروف، وزير الخارجية، الذي قال في بداية اللقاء: "الحوار هو الطريق الوحيد".', 'sergey-lavrov'],
      ['وحضرت ماريا زاخاروفا، المتحدثة باسم الكرملين، التي أضافت في ختام الندوة أن الوضع "يتطلب حذرا شديدا".', 'maria-zakharova'],
    ];
    for (const [text, speaker] of cases) expect(speakersOf(text, actorsIn(text, [LAVROV, ZAKHAROVA, MFA, KREMLIN]))[0]?.[1], text).toBe(speaker);
  });

  it('keeps a weak verb in a relative clause out of the speakers', () => {
    const text = 'وقال لافروف: "سنرد على كل خطوة بمثلها". وحضرت ماريا زاخاروفا، التي تابعت اللقاء من القاعة "الكبرى" باهتمام.';
    expect(speakersOf(text, actorsIn(text, [LAVROV, ZAKHAROVA]))).toEqual([["سنرد على كل خطوة بمثلها", "sergey-lavrov"]]);
  });
});

describe('attributeSpeakers: a role noun as the subject', () => {
  const FARMER = { id: null, type: 'person' as const, surfaces: ['خالد منصور'], gender: 'm' as const };
  const NURSE = { id: null, type: 'person' as const, surfaces: ['هدى سليم'], gender: 'f' as const };
  it('gives "وقال المزارع:" to the person introduced as المزارع, though others spoke since', () => {
    const text = 'وزرنا المزارع خالد منصور في أرضه.\nوقال لافروف إن المحادثات متعثرة.\nوقال المزارع: "لم يبق لنا شيء".\nوالتقينا بالممرضة هدى سليم عند الباب.\nوقالت زاخاروفا إن الغرب مسؤول.\nوتابعت الممرضة: "الأدوية نفدت منذ أسبوع".';
    expect(speakersOf(text, actorsIn(text, [FARMER, NURSE, LAVROV, ZAKHAROVA])).map(([, s]) => s)).toEqual(['?خالد منصور', '?هدى سليم']);
  });
  it('does not give a role noun to a person introduced with another one', () => {
    const other = 'وزرنا الممرضة هدى سليم في المستشفى.\nوقال المزارع: "الماء لا يكفي".';
    expect(speakersOf(other, actorsIn(other, [NURSE])).map(([, s]) => s)).toEqual([null]);
  });
});

describe('attributeSpeakers: weak verbs', () => {
  it('does not take "واصلت القوات تقدمها" for speech', () => {
    const forces = { id: 'russian-forces', type: 'organization' as const, surfaces: ['القوات الروسية'], gender: 'f' as const };
    const text = 'وقالت زاخاروفا: "نشعر بقلق بالغ".\nوواصلت القوات الروسية تقدمها في الشرق.\nوأضافت: "الغرب يتحمل المسؤولية الكاملة عن التصعيد".';
    expect(speakersOf(text, actorsIn(text, [ZAKHAROVA, forces])).map(([, s]) => s)).toEqual(['maria-zakharova', 'maria-zakharova']);
  });
  it('reads "رأى X أن" as the opinion verb that introduces the quote', () => {
    const texts = [
      'ومن ناحيته، رأى وزير الخارجية الروسي سيرغي لافروف أن الحصار "لن يدوم أكثر من أسابيع".',
      'ورأى لافروف أن المفاوضات "وصلت إلى طريق مسدود".',
      'وفي مؤتمر صحفي رأى بيسكوف أن العرض الغربي "لا يستحق الرد عليه".',
    ];
    expect(texts.map((t) => speakersOf(t, actorsIn(t, [LAVROV, PESKOV]))[0]?.[1])).toEqual(['sergey-lavrov', 'sergey-lavrov', 'dmitry-peskov']);
  });
  it('does not take رأى for speech when nothing is reported, nor the noun رأي after a preposition', () => {
    // "ورأى X صور الدمار" is no cue: the quotes around it go as they go around a sentence with no speech verb.
    const around = (middle: string) => {
      const t = `وقالت زاخاروفا: "سنرد في الوقت المناسب".\n${middle}\n"لن نقبل بهذا الوضع"، قالت زاخاروفا.\nوتابعت: "الباب ما زال مفتوحا".`;
      return speakersOf(t, actorsIn(t, [LAVROV, ZAKHAROVA])).map(([, s]) => s);
    };
    expect(around('ورأى لافروف صور الدمار في المدينة.')).toEqual(around('وزار لافروف المدينة المدمرة.'));
    expect(around('ورأى لافروف صور الدمار في المدينة.')).toEqual(['maria-zakharova', 'maria-zakharova', 'maria-zakharova']);
    for (const t of ['وفي رأي المراقبين فإن الجولة المقبلة ستكون أصعب.', 'وعلى رأي كثيرين أن الهدنة هشة.']) {
      expect(findQuotes(t).filter((q) => q.kind === 'indirect')).toEqual([]);
    }
  });
});

describe('attributeSpeakers: fuzz', () => {
  it('never throws and keeps every span inside the text on random news-like input', () => {
    const pieces = ['وقال', 'وأضافت', 'قائلا', 'بيسكوف', 'زاخاروفا', 'لافروف', 'الكرملين', 'المتحدث', 'باسم', 'مصدر', 'بحسب', 'في', 'بيان', 'أن', 'إن', ':', '،', '.', '"', '“', '”', '«', '»', '\n', '\n\n', ' ', 'الوضع', 'خطير', 'جدا', '\u200F', '\u200D', 'ل', 'ب', 'نحن', 'نراقب', '(', ')', '-', 'وكالة', 'تاس'];
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let n = 0; n < 300; n++) {
      let text = '';
      const len = 5 + Math.floor(rand() * 120);
      for (let i = 0; i < len; i++) text += pieces[Math.floor(rand() * pieces.length)] + (rand() < 0.7 ? ' ' : '');
      const actors = actorsIn(text, [PESKOV, ZAKHAROVA, LAVROV, KREMLIN, { id: 'tass', type: 'media', surfaces: ['تاس'] }]);
      const out = attributeSpeakers(text, findQuotes(text), actors);
      for (const q of out) {
        expect(q.start).toBeGreaterThanOrEqual(0);
        expect(q.end).toBeLessThanOrEqual(text.length);
        expect(q.end).toBeGreaterThan(q.start);
        if (q.speaker) {
          expect(q.speaker.start).toBeGreaterThanOrEqual(0);
          expect(q.speaker.end).toBeLessThanOrEqual(text.length);
        }
      }
    }
  });
});
