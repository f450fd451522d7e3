// Persons of unseen text (issue 9, persons11). Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { personMentions, speakerOf, unknownNames } from './support/speaking';
import { analyze } from '../../src/core';

describe('a place named in a role\'s complement, then a second role and the person: "مدير مستشفى X Y الطبيب Z W"', () => {
  const cases: Array<[string, string]> = [
    ['وأفاد مدير مستشفى كفر نبل الطبيب وائل السراج بأن الجرحى نقلوا شمالا.', 'وائل السراج'],
    ['وقال رئيس بلدية بيت حانون المهندس نادر الكفارنة إن المياه مقطوعة منذ أسبوع.', 'نادر الكفارنة'],
    ['وذكر مدير مدرسة تل رفعت الأستاذ جميل الحسون أن الصفوف أغلقت.', 'جميل الحسون'],
    ['وأكد مدير مخيم دير بلوط الشيخ صالح العبيد أن الخيام لا تكفي.', 'صالح العبيد'],
  ];
  for (const [text, name] of cases) {
    it(`finds ${name}, and no person in the place`, () => {
      expect(unknownNames(text)).toEqual([name]);
    });
  }
});

describe('a known person\'s name right after a venue noun names the place: "طريق ترامب", "مطار الملك خالد"', () => {
  const idsOf = (text: string) => analyze(text, { stopEarly: false }).actors.map((a) => a.id);
  it('takes no mention of the person from the place', () => {
    for (const text of [
      'وافتتحت السلطات أمس المرحلة الأولى من طريق ترامب الذي يصل بين المدينتين.',
      'وهبطت الطائرة في مطار زيلينسكي الجديد بعد ساعة من التأخير.',
      'ونقل الجرحى إلى مستشفى بوتين العسكري في ضواحي العاصمة.',
    ]) {
      const ids = idsOf(text);
      expect(ids.filter((id) => ['donald-trump', 'volodymyr-zelensky', 'vladimir-putin'].includes(id ?? '')), text).toEqual([]);
    }
  });
  it('keeps the person after "عن طريق" (through) and after a venue noun that is not in construct', () => {
    expect(idsOf('ووصلت الرسالة إلى كييف عن طريق ترامب نفسه قبل يومين.')).toContain('donald-trump');
    expect(idsOf('وقال في المطار ترامب إن المفاوضات ستستمر.')).toContain('donald-trump');
  });
});

describe('a given name, then و on a verb of hers, then a pronoun after a preposition: no two-word name', () => {
  const cases: Array<[string, string]> = [
    ['تحمل صورة رامي وتمسح عنها الغبار كل صباح.', 'رامي'],
    ['تنظر إلى صورة مازن وتبكي عليه بصمت.', 'مازن'],
    ['ترفع هاتفها وتري صورة كنان وتحكي عنه للزوار.', 'كنان'],
    ['تضم الأم صورة ماهر وتبكي، ثم تعيدها إلى الحقيبة.', 'ماهر'],
    ['تتأمل صورة فادي وتضحك: كان يحب البحر.', 'فادي'],
  ];
  for (const [text, child] of cases) {
    it(`takes no verb into a name after ${child}`, () => {
      expect(unknownNames(text).filter((n) => n.startsWith(child) && n !== child)).toEqual([]);
    });
  }
  it('takes no preposition with a pronoun into a name after a role', () => {
    for (const text of ['كل من يحترم القانون المحلي مرحب به هنا.', 'من يقبل بالمواطنة الكاملة مرحب بها في البلد.', 'وقال المتطوع القادم إليه بعد الظهر إن الطريق مغلق.']) {
      expect(unknownNames(text), text).toEqual([]);
    }
  });
});

describe('a capital named as a place closes a role\'s complement: "الباحث في مركز X في تبليسي Y Z"', () => {
  const cases: Array<[string, string]> = [
    ['وقال الباحث في معهد الدراسات الاستراتيجية في تبليسي تاماز كوبيدزه لمراسلنا إن الطريق طويل.', 'تاماز كوبيدزه'],
    ['وأوضحت الأستاذة في جامعة العلوم في باكو نرمين حسنلي لمراسلنا أن الطلاب عادوا.', 'نرمين حسنلي'],
    ['ورأى المحلل في مركز الدراسات الإقليمية في يريفان آرتاك مانوكيان أن التهدئة هشة.', 'آرتاك مانوكيان'],
    ['وقالت الخبيرة في المعهد الأوكراني للسياسات في كييف أوكسانا ليتفينينكو لمراسلنا إن العقوبات ستستمر.', 'أوكسانا ليتفينينكو'],
  ];
  for (const [text, name] of cases) {
    it(`finds ${name}`, () => {
      expect(unknownNames(text)).toEqual([name]);
    });
  }
});

describe('a given name that is a common word, alone after an honorific behind a proclitic or a word that addresses them', () => {
  const cases: Array<[string, string]> = [
    ['وقال الخبير العسكري فايز المحاميد إن الهدنة صامدة.\n\nالمذيعة: شكرا للواء فايز على وقته.', 'فايز'],
    ['ويقول المحلل سعيد الراشد إن الأسعار سترتفع. شكرا سعيد، نعود إليك لاحقا.', 'سعيد'],
    ['وأوضح الطبيب جمال العطار أن الجرحى كثر. ونسأل الدكتور جمال: ما الذي تحتاجونه؟ يا جمال، هل وصل الوقود؟', 'جمال'],
    ['وتحدثت المعلمة أمل الحسيني عن المدرسة. وقالت للدكتورة أمل إن الصفوف مزدحمة.', 'أمل'],
  ];
  for (const [text, alone] of cases) {
    it(`names ${alone} alone`, () => {
      const mentions = personMentions(text, true);
      expect(mentions.length).toBe(1);
      expect(mentions[0]!.filter((m) => m === alone).length).toBeGreaterThan(0);
    });
  }
  it('reads the common word as a word elsewhere', () => {
    expect(personMentions('وقال الخبير سعيد الراشد إن الأسعار سترتفع. وكان يوما سعيدا، وشكرا للجميع.', true)).toEqual([['سعيد الراشد']]);
  });
});

describe('a given name of ours later alone: "فهد"', () => {
  it('names the person found with it in full', () => {
    expect(personMentions('معنا من المكلا الزميل فهد سالم بارشيد. فهد، ما آخر الأخبار؟ شكرا لك يا فهد.', true)).toEqual([['فهد سالم بارشيد', 'فهد', 'فهد']]);
  });
});

describe('"قالت وصوتها يرتجف:" is how she said it, no name', () => {
  const cases: Array<[string, string, string]> = [
    ['وتحدثت أم خالد من حي الروضة عن ليلة القصف. قالت وصوتها يرتجف: "البيت تهدم فوقنا".', 'البيت تهدم فوقنا', 'أم خالد'],
    ['وتحدثت الممرضة ريم العلي عن الليلة الماضية. قالت ودموعها تسيل: "لم ننم لحظة".', 'لم ننم لحظة', 'ريم العلي'],
    ['وصل الشيخ حمدان الزعبي إلى الخيمة. قال ويده على قلبه: "هذا آخر ما تبقى لنا".', 'هذا آخر ما تبقى لنا', 'حمدان الزعبي'],
  ];
  for (const [text, quote, speaker] of cases) {
    it(speaker, () => expect(speakerOf(text, quote)).toBe(speaker));
  }
});

describe('known actors: ل on a name whose article lost its alif, and a surname that is a common noun', () => {
  const idsOf = (text: string) => analyze(text, { stopEarly: false }).actors.map((a) => a.id);
  it('reads "للجنة" as ل + اللجنة', () => {
    for (const text of ['وسلمت الشحنة للجنة الدولية للصليب الأحمر صباح اليوم.', 'وقدم المحامي شكوى للجنة الدولية للصليب الأحمر في جنيف.', 'وقال إن الأسرى سيسلمون وللجنة الدولية للصليب الأحمر أن تزورهم.']) {
      expect(idsOf(text), text).toContain('icrc');
    }
  });
  it('takes "الضيف" (the guest) alone for no one, the Qassam commander named in full still', () => {
    for (const guest of [
      'المذيعة: هل تصمد الهدنة؟\n\nالضيف سامر الحلو: الهدنة هشة، وإسرائيل وحماس والجهاد الإسلامي تتبادل الاتهامات.',
      'وقال الضيف إن إسرائيل وحماس والجهاد الإسلامي تتبادل الاتهامات في غزة.',
    ]) expect(idsOf(guest), guest).not.toContain('mohammed-deif');
    expect(idsOf('وكانت إسرائيل أعلنت اغتيال محمد الضيف، قائد كتائب القسام، في غارة على خان يونس.')).toContain('mohammed-deif');
  });
});

describe('places, times and titles that are no actors', () => {
  const idsOf = (text: string) => analyze(text, { stopEarly: false }).actors.map((a) => a.id);
  it('"قبيل المغرب" is sunset, not Morocco; Morocco acting stays', () => {
    for (const text of ['قبيل المغرب، تعود صفارات الإنذار إلى خاركيف.', 'وبعد صلاة المغرب خرج الأهالي إلى ساحة المدينة في كييف.', 'وحتى المغرب لم تتوقف المسيرات عن التحليق فوق زابوريجيا.']) {
      expect(idsOf(text), text).not.toContain('morocco');
    }
    expect(idsOf('وأعلن المغرب دعمه لجهود التهدئة في غزة.')).toContain('morocco');
  });
  it('a state as a dateline is the city the report was filed in', () => {
    for (const text of ['تونس - فاز فيلم فلسطيني بالجائزة الكبرى لمهرجان قرطاج السينمائي.', 'الكويت – افتتح معرض الكتاب أبوابه أمس بمشاركة مئات الناشرين.']) {
      expect(idsOf(text), text).toEqual([]);
    }
    expect(idsOf('وقالت تونس إنها ترحب بالاتفاق.')).toContain('tunisia');
  });
  it('a work\'s title in quotation marks after a role word is no person', () => {
    for (const text of ['وفاز الفيلم الروائي الطويل "موج الشتاء" بالجائزة الكبرى.', 'وعرضت المخرجة الشابة فيلمها القصير «صوت الريح» أمام جمهور كبير.', 'وقدم الكاتب المسرحي عمله الجديد "حديقة الصمت" على خشبة المسرح الوطني.']) {
      expect(unknownNames(text), text).toEqual([]);
    }
  });
});

describe('who speaks after the quote: a kin noun before the name ("قالت زوجته X")', () => {
  const cases: Array<[string, string, string]> = [
    ['"سنموت من البرد قبل الشتاء"، قالت زوجته هالة الخطيب وهي تشير إلى الخيمة.', 'سنموت من البرد قبل الشتاء', 'هالة الخطيب'],
    ['"لن نغادر بيتنا مهما حدث"، قال ابنه سامي الدرة.', 'لن نغادر بيتنا مهما حدث', 'سامي الدرة'],
    ['"الدواء نفد منذ أسبوع"، أضافت جارتها منى العطار.', 'الدواء نفد منذ أسبوع', 'منى العطار'],
  ];
  for (const [text, quote, speaker] of cases) it(speaker, () => expect(speakerOf(text, quote)).toBe(speaker));
});

describe('a kunya behind a preposition, and a given name that is also a role inside a name', () => {
  it('finds "أم X" after ب and ل, and says she spoke to the writer', () => {
    const text = 'المراسل: التقيت اليوم بأم رامي، وهي أم لخمسة أطفال، قالت لي: "عدنا إلى الخيمة بعد القصف".';
    expect(speakerOf(text, 'عدنا إلى الخيمة بعد القصف')).toBe('أم رامي');
    expect(unknownNames('وقدمت المنظمة مساعدة لأم سعيد وأطفالها.')).toEqual(['أم سعيد']);
    expect(unknownNames('وتحدثنا مع أم يوسف أبو ريدة، ثم ذهبنا بأم يوسف إلى العيادة.')).toEqual(['أم يوسف أبو ريدة']);
  });
  it('takes no noun with a pronoun as a kunya\'s family name', () => {
    expect(unknownNames('ماذا تقولين لأم سامي وأمثالها من الأمهات؟')).toEqual(['أم سامي']);
  });
  it('reads "صديق" inside a name before a surname with ال', () => {
    expect(unknownNames('ويرى الدكتور عثمان صديق الماحي، أستاذ التاريخ الحديث، أن الحرب طويلة.')).toEqual(['عثمان صديق الماحي']);
    expect(unknownNames('وقال الأستاذ حسن صديق الطيب إن المدارس مغلقة.')).toEqual(['حسن صديق الطيب']);
  });
});
