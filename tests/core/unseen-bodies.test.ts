// Bodies the gazetteer lacks, found by their head noun (src/core/bodies,
// data/institutions.json): ministries, commissions, unions, courts and forces
// named by a head and its complement, and the guards that keep places,
// outlets and common nouns out. Every sentence is our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

/** The bodies found that the gazetteer lacks: [type, the mentions as printed]. */
function bodies(text: string): Array<[string, string[]]> {
  return analyze(text, { stopEarly: false })
    .actors.filter((a) => a.id === null && a.type !== 'person')
    .map((a) => [a.type, a.mentions.map((m) => m.surface)]);
}

const names = (text: string) => bodies(text).flatMap(([, ms]) => ms);

describe('a head noun and its complement name a body', () => {
  const cases: Array<[string, string]> = [
    ['وأعلنت وزارة النقل الجورجية تعليق الرحلات إلى المدينة.', 'وزارة النقل الجورجية'],
    ['وقالت نقابة المعلمين في حلب إن الرواتب لم تصرف منذ شهرين.', 'نقابة المعلمين في حلب'],
    ['وطالبت جمعية المزارعين بتعويض الأسر المتضررة من الفيضان.', 'جمعية المزارعين'],
    ['وأصدرت هيئة ميناء عدن بيانا عن حركة السفن.', 'هيئة ميناء عدن'],
    ['ورفضت لجنة الانتخابات المركزية الطعون المقدمة.', 'لجنة الانتخابات المركزية'],
    ['وقضت محكمة الاستئناف في الخرطوم بإطلاق سراح المتهمين.', 'محكمة الاستئناف في الخرطوم'],
    ['ونفى اتحاد النقابات العمالية أن يكون قد دعا إلى الإضراب.', 'اتحاد النقابات العمالية'],
    ['وقال مجلس بلدية دونيتسك إن الكهرباء انقطعت عن الحي.', 'مجلس بلدية دونيتسك'],
    ['وتبنت كتائب الفجر الهجوم على القافلة.', 'كتائب الفجر'],
    ['وحذرت منظمة أطباء السلام من نفاد الأدوية.', 'منظمة أطباء السلام'],
    ['وأعلنت وزارة التربية والتعليم تأجيل الامتحانات.', 'وزارة التربية والتعليم'],
    ['وتعهد صندوق الإعمار الأردني بتمويل المشروع.', 'صندوق الإعمار الأردني'],
    ['وأعلنت جبهة تحرير الساحل السودانية مسؤوليتها عن الكمين.', 'جبهة تحرير الساحل السودانية'],
    ['وطالبت هيئة تنسيق العمل الإنساني بفتح المعابر.', 'هيئة تنسيق العمل الإنساني'],
  ];
  for (const [sentence, name] of cases) {
    it(name, () => expect(names(sentence)).toContain(name));
  }

  it('a head with the article names a body with a place, a nationality or a naming adjective after it', () => {
    expect(names('وأصدرت المحكمة العسكرية في دمشق حكمها أمس.')).toContain('المحكمة العسكرية في دمشق');
    expect(names('وتقدمت القوات الحكومية نحو أطراف البلدة.')).toContain('القوات الحكومية');
    expect(names('وقالت الإدارة المدنية في خيرسون إن القصف طال محطة الكهرباء.')).toContain('الإدارة المدنية في خيرسون');
    expect(names('ونقضت المحكمة العليا قرار الحكومة.')).toContain('المحكمة العليا');
  });

  it('a masculine nationality ends the name as a place does, whatever the nation', () => {
    const cases: Array<[string, string]> = [
      ['وقال خفر السواحل اليمني إن زورقين غرقا قبالة الساحل.', 'خفر السواحل اليمني'],
      ['وأوقف حرس الحدود الروسي ثلاثة متسللين عند المعبر.', 'حرس الحدود الروسي'],
      ['وأعلن صندوق المعاشات السوري زيادة طفيفة في الرواتب.', 'صندوق المعاشات السوري'],
      ['ونشر الادعاء العام الأذربيجاني لائحة اتهام جديدة.', 'الادعاء العام الأذربيجاني'],
      ['وقالت نقابة الأطباء الفلسطيني إن المستشفيات مكتظة.', 'نقابة الأطباء الفلسطيني'],
      ['وأكد مجلس القضاء السوداني أن المحاكم ستعود إلى العمل.', 'مجلس القضاء السوداني'],
    ];
    for (const [sentence, name] of cases) expect(names(sentence)).toContain(name);
    // The nationality goes on the body, not on a person after it.
    expect(names('وقال المحلل اليمني إن الحرب طالت.')).toEqual([]);
  });

  it('an armed body is a group, a ministry an organization', () => {
    expect(bodies('وتبنت كتائب الفجر الهجوم.')).toEqual([['group', ['كتائب الفجر']]]);
    expect(bodies('وأعلنت وزارة النقل الجورجية تعليق الرحلات.')).toEqual([['organization', ['وزارة النقل الجورجية']]]);
  });

  it('the body named again is the same actor, also behind a proclitic', () => {
    const text = 'وقالت نقابة الصيادلة إن المخزون نفد.\n\nوأضاف بيان لنقابة الصيادلة أن الشحنات محتجزة.';
    expect(bodies(text)).toEqual([['organization', ['نقابة الصيادلة', 'نقابة الصيادلة']]]);
  });

  it('a known actor inside the name is part of the body, not a mention of its own', () => {
    const result = analyze('وأعلن صندوق تنمية مصر للمشروعات الريفية عن قروض جديدة.', { stopEarly: false });
    expect(result.actors.map((a) => [a.id, a.mentions.map((m) => m.surface)])).toEqual([[null, ['صندوق تنمية مصر للمشروعات الريفية']]]);
  });
});

describe('a body named short or by a known name', () => {
  it('a name that opens a known body\'s name in the text is that body', () => {
    const text = 'وأعلنت وزارة الدفاع الروسية إسقاط مسيرات.\n\nوأضافت وزارة الدفاع أن الدفاعات الجوية تصدت لها.';
    const actors = analyze(text, { stopEarly: false }).actors.filter((a) => a.type === 'organization');
    expect(actors.map((a) => [a.id !== null, a.mentions.map((m) => m.surface)])).toEqual([[true, ['وزارة الدفاع الروسية', 'وزارة الدفاع']]]);
  });

  it('a head before one known actor is that actor, no body', () => {
    expect(names('وأعلنت جماعة الحوثيين استهداف سفينة.')).toEqual([]);
    expect(names('وقالت حركة حماس إن الوفد غادر.')).toEqual([]);
  });

  it('a head with the article, a nisba and a complement with لل is a body', () => {
    expect(names('وحذر المجلس الإقليمي للمياه من موسم جفاف.')).toEqual(['المجلس الإقليمي للمياه']);
    expect(names('وقالت الهيئة الوطنية للإغاثة إن المخازن فرغت.')).toEqual(['الهيئة الوطنية للإغاثة']);
    expect(names('وأعلنت اللجنة الرئاسية تأجيل الاقتراع.')).toEqual(['اللجنة الرئاسية']);
  });

  it('an outlet\'s name with لل is none', () => {
    expect(names('ونقلت الوكالة الرسمية للأنباء عن الوزير قوله إن الاجتماع تأجل.')).toEqual([]);
  });
});

describe('what no head names', () => {
  it('a bare head, an indefinite complement or a head with a plain adjective', () => {
    for (const sentence of [
      'وقالت الوزارة إن الطريق أعيد فتحه.',
      'وشكلت لجنة مشتركة لمتابعة تنفيذ الاتفاق.',
      'وأحالت اللجنة المعنية الملف إلى القضاء.',
      'وانسحبت القوات الأجنبية من القاعدة.',
      'وتراجعت الحركة الاحتجاجية بعد أسبوع.',
    ]) {
      expect(names(sentence), sentence).toEqual([]);
    }
  });

  it('a common noun as head needs a place, a nationality or an actor in its complement', () => {
    for (const sentence of [
      'وتوقفت حركة المرور في الشارع الرئيسي.',
      'وتعطلت شبكة الكهرباء في المدينة ساعات.',
      'واشتعلت جبهة القتال الشمالية من جديد.',
      'وأغلق مكتب البريد أبوابه.',
      'وقالت لجنة تتابع الملف إن التحقيق مستمر.',
      // "جهاز" is a device first: a body only with a place, a nationality or an actor after it.
      'ووضعت الممرضة جهاز التنفس على وجه الطفل.',
      'ومر الركاب عبر جهاز الفحص عند البوابة.',
      'وتعطل جهاز التبريد في المخزن منذ أيام.',
      'واشترى المستشفى جهاز الأشعة الجديد.',
      'وحمل المسعف جهاز الإنعاش إلى الطابق الثاني.',
    ]) {
      expect(names(sentence), sentence).toEqual([]);
    }
  });

  it('places, outlets and companies are no bodies (companies are optional actors at most)', () => {
    for (const sentence of [
      'ونزح آلاف السكان من محافظة إدلب.',
      'ونقل الجرحى إلى مجمع الأمل الطبي.',
      'ونقلت وكالة الأنباء الرسمية عن مصدر أن الاجتماع تأجل.',
      'وبثت شبكة "الأفق" الإخبارية صور الدمار.',
      'وأوقفت الشركة الليبية للكهرباء الضخ ليلا.',
    ]) {
      expect(names(sentence), sentence).toEqual([]);
    }
  });

  it('the name stops at a person, a verb or punctuation', () => {
    expect(names('وقال رئيس نقابة المحامين سليم الحداد إن الاعتقالات تعسفية.')).toEqual(['نقابة المحامين']);
    expect(names('وأعلنت جمعية الإغاثة الطبية، في بيان، أن القافلة وصلت.')).toEqual(['جمعية الإغاثة الطبية']);
    expect(names('وقالت منظمة حماية الطفولة إن المدارس أغلقت.')).toEqual(['منظمة حماية الطفولة']);
  });

  it('"جهاز" with a place or a nationality names a body', () => {
    expect(names('وقال جهاز الإسعاف في حمص إن فرقه نقلت المصابين.')).toEqual(['جهاز الإسعاف في حمص']);
    expect(names('وأعلن جهاز الأمن الأردني توقيف خلية.')).toEqual(['جهاز الأمن الأردني']);
  });

  it('a known actor behind و after the name is a second actor, not part of the name', () => {
    for (const [sentence, body] of [
      ['ودارت اشتباكات بين هيئة الحرس البلدي الليبية وجهاز الردع ليلا.', 'هيئة الحرس البلدي الليبية'],
      ['وتفاوضت نقابة الأطباء السودانية والجيش السوداني على ممر آمن.', 'نقابة الأطباء السودانية'],
      ['وحضر ممثلو هيئة الإغاثة التركية ووزارة الخارجية الروسية اللقاء.', 'هيئة الإغاثة التركية'],
    ]) {
      expect(names(sentence!), sentence).toEqual([body]);
    }
  });
});

describe('an outlet is no body', () => {
  it('an outlet word anywhere in the name', () => {
    for (const sentence of [
      'وذكرت هيئة الإذاعة والتلفزيون أن البث توقف ساعة.',
      'ونقلت هيئة البث الرسمية عن مصادر أن الوفد غادر.',
      'وقالت مؤسسة الصحافة الحرة إن المراسل أفرج عنه.',
    ]) {
      expect(names(sentence), sentence).toEqual([]);
    }
  });
});

describe('UN bodies by their Arabic short names (data/actors/international.json)', () => {
  const ids = (text: string) => analyze(text, { stopEarly: false }).actors.map((a) => a.id);
  it('منظمة الفاو, الأوتشا', () => {
    expect(ids('وحذرت منظمة الفاو من موجة جراد تضرب المزارع.')).toContain('fao');
    expect(ids('وقال الأوتشا إن القوافل لم تدخل منذ أسبوع.')).toContain('ocha');
  });

  it('"الفاو" alone is also a place (Iraq\'s peninsula): no mention of FAO', () => {
    expect(ids('وصلت السفينة إلى ميناء الفاو صباحا.')).not.toContain('fao');
  });
});

describe('a body the gazetteer lacks by that name, with a known short name in brackets after it', () => {
  /** The ids and mentions of every actor found. */
  const found = (text: string) => analyze(text, { stopEarly: false }).actors.map((a) => [a.id, a.mentions.map((m) => m.surface)]);

  it('the long name and the bracketed short name are the known body', () => {
    for (const [sentence, id, long] of [
      ['وقالت الهيئة الأذربيجانية لنزع الألغام (أناما) إن فرقها أنهت العمل.', 'anama', 'الهيئة الأذربيجانية لنزع الألغام'],
      ['وأكدت المؤسسة الروسية للرحلات الفضائية (روسكوسموس) موعد الإطلاق.', 'roscosmos', 'المؤسسة الروسية للرحلات الفضائية'],
      ['وذكرت الهيئة الأذربيجانية للتطهير الميداني (أناما) أن الحقول آمنة.', 'anama', 'الهيئة الأذربيجانية للتطهير الميداني'],
      // up to three words of the name the scan leaves out before the brackets
      ['ونشرت الوكالة الأذربيجانية للأعمال الخاصة بالألغام (أناما) خريطة جديدة.', 'anama', 'الوكالة الأذربيجانية للأعمال'],
      ['وقالت الهيئة الروسية لشؤون الفضاء المدني (روسكوسموس) إن الرحلة تأجلت.', 'roscosmos', 'الهيئة الروسية لشؤون الفضاء المدني'],
    ]) {
      const actor = found(sentence!).find(([key]) => key === id);
      expect(actor?.[1], sentence).toContain(long);
      expect(found(sentence!).filter(([key]) => key === null), sentence).toEqual([]);
    }
  });

  it('a bracketed known actor that is no short name of the body leaves it alone', () => {
    // not alone in the brackets, or a sentence away
    const text = 'وقالت الهيئة الأذربيجانية لنزع الألغام (بالتعاون مع أناما) إن العمل انتهى.';
    expect(found(text).some(([key]) => key === null)).toBe(true);
    const text2 = 'وأعلنت الهيئة الأذربيجانية لنزع الألغام انتهاء العمل. وقالت المصادر (أناما) إن الحقول آمنة.';
    expect(found(text2).some(([key]) => key === null)).toBe(true);
  });
});

describe('a dateline with a byline in brackets', () => {
  /** Every mention's words as printed. */
  const surfaces = (text: string) => analyze(text, { stopEarly: false }).actors.flatMap((a) => a.mentions.map((m) => m.surface));
  for (const text of [
    'القاهرة (خاص) – تعاقدت مصر على شراء القمح من روسيا رغم الحرب في أوكرانيا.',
    'باكو (وكالات) – أعلنت أذربيجان إزالة آلاف الألغام من الأراضي التي استعادتها من أرمينيا.',
    'دمشق (خاص) - قالت الحكومة السورية إن الكهرباء ستعود إلى حلب خلال أسبوع.',
  ]) {
    it(text.slice(0, 16), () => {
      const found = surfaces(text);
      expect(found).not.toContain('خاص');
      expect(found).not.toContain('وكالات');
    });
  }
});
