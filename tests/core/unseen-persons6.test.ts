// Persons of unseen text (issue 9, persons6): more given names of ours, a
// given name before "أبو …" opening the name, and places named after someone.
// Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { unknownNames } from './support/speaking';

describe('the given names added this round make a person with a family name', () => {
  const cases: Array<[string, string]> = [
    ['وفي الساحة انتظرت جمانة الأيوبي، وهي أم لأربعة أطفال، دورها أمام الفرن.', 'جمانة الأيوبي'],
    ['تحمل ثريا منصور سلة الخبز إلى الخيمة كل صباح.', 'ثريا منصور'],
    ['وكان قحطان الشرجبي، وهو صياد من الخوخة، يصلح شباكه على الرصيف.', 'قحطان الشرجبي'],
    ['يقف رسلان بوندارينكو عند مدخل الملجأ ويوزع الماء على الجيران.', 'رسلان بوندارينكو'],
    ['تطبخ لمياء الحوراني وجبات ساخنة لعمال الإغاثة في المدرسة المهجورة.', 'لمياء الحوراني'],
    ['يروي سربست عمر كيف عبر النهر مع أطفاله ليلا.', 'سربست عمر'],
    ['أما غيداء الكيلاني، التي فقدت بيتها، فتسكن اليوم عند أختها.', 'غيداء الكيلاني'],
  ];
  for (const [text, name] of cases) {
    it(`finds ${name}`, () => {
      expect(unknownNames(text)).toContain(name);
    });
  }

  it('takes a given name that is a common word only with more evidence', () => {
    for (const text of [
      'فجر الخميس سقطت قذيفة على السوق المركزي.',
      'رحمة الله واسعة، قال الإمام في خطبة الجمعة.',
      'وعد الحكومة بإعادة الكهرباء لم يتحقق بعد.',
      'نجاح المفاوضات مرهون بوقف إطلاق النار أولا.',
      'غيث السماء تأخر هذا العام على المزارعين.',
    ]) {
      expect(unknownNames(text), text).toEqual([]);
    }
  });

  it('reads no Latin name written with an Arabic article as a name ("آلان" is "الآن" once normalized)', () => {
    for (const text of ['الآن أنا من يحمل المسؤولية عن أولادي.', 'لم تتلق المنظمة حتى الآن سوى ربع التمويل المطلوب.', 'تدخل سافر في الشأن الداخلي للبلاد.']) {
      expect(unknownNames(text), text).toEqual([]);
    }
  });
});

describe('a given name before "أبو …" opens one longer name', () => {
  const cases: Array<[string, string]> = [
    ['وأحرز المهاجم زياد أبو سليم هدف التعادل قبل النهاية.', 'زياد أبو سليم'],
    ['ورد المندوب الأردني فراس أبو حسين على الاتهامات في الجلسة.', 'فراس أبو حسين'],
    ['وتشرف الممرضة هبة أبو يوسف على قسم الأطفال منذ عامين.', 'هبة أبو يوسف'],
    ['وقال الصحفي ماهر أبو خليل إن الطريق إلى الشمال مقطوع.', 'ماهر أبو خليل'],
    ['ويقول الشاب رامي أبو علي، وهو طالب هندسة، إن الجامعة أغلقت.', 'رامي أبو علي'],
  ];
  for (const [text, name] of cases) {
    it(`finds ${name}, not the kunya alone`, () => {
      const names = unknownNames(text);
      expect(names).toContain(name);
      expect(names.filter((n) => n !== name && name.endsWith(n))).toEqual([]);
    });
  }

  it('still reads a kunya alone where no given name comes before it', () => {
    expect(unknownNames('ويجلس أبو خليل أمام دكانه المغلق منذ شهور.')).toContain('أبو خليل');
    expect(unknownNames('قالت أم يوسف وهي تعد الخبز إن الطحين نفد.')).toContain('أم يوسف');
  });

  it('takes no word printed with tanween for the family name after the child\'s name', () => {
    const names = unknownNames('وجلس أبو سامر مبتسماً أمام دكانه الصغير.');
    expect(names).toContain('أبو سامر');
    expect(names.some((n) => n.includes('مبتسم'))).toBe(false);
  });
});

describe('a stadium, a mosque, a street or a cup named after someone is no person', () => {
  for (const text of [
    'أقيمت المباراة على ملعب خالد الزين الدولي مساء الجمعة.',
    'وتجمع المصلون في جامع عمر الفاروق وسط المدينة.',
    'أغلقت الشرطة شارع جمال عبد الناصر أمام السيارات.',
    'وتأهل الفريق إلى نهائي كأس سلمان الشامي للأندية.',
    'وأقيم الحفل في قاعة سعاد الحكيم بالمركز الثقافي.',
  ]) {
    it(text, () => {
      expect(unknownNames(text)).toEqual([]);
    });
  }
});

describe('a score or a manner is no name', () => {
  for (const text of [
    'وفاز الفريق على ضيفه فيورنتينا الإيطالي بهدفين مقابل هدف في ليلة ممطرة.',
    'وتغلب النادي على مضيفه بورتو البرتغالي بثلاثية نظيفة مساء الأحد.',
    'وخسر المنتخب أمام نظيره الكاميروني برباعية مقابل هدفين.',
    'بعد فوزه على ضيفه ليل الفرنسي بهدفين دون رد، مساء الخميس، تأهل الفريق.',
    'وقال المتحدث بلهجة حادة: غادروا المكان فورا.',
    'وردت المتحدثة بعربية ركيكة على أسئلة الصحفيين.',
    'وتحدث المسؤول بصورة مقتضبة عن الخسائر.',
  ]) {
    it(text, () => {
      expect(unknownNames(text)).toEqual([]);
    });
  }

  it('still reads a player named after his nationality, and a name that starts with ب', () => {
    expect(unknownNames('وافتتح الإسباني ماركوس بيريز التسجيل بهدفين مقابل لا شيء.')).toContain('ماركوس بيريز');
    expect(unknownNames('وقالت الناشطة بهية حمزة إن الوضع في المخيم صعب.')).toContain('بهية حمزة');
  });
});

describe('a given name of ours alone after a kin noun in construct is a person', () => {
  const cases: Array<[string, string]> = [
    ['ويقول والد رهف إن المدرسة صارت بعيدة عن الخيمة.', 'رهف'],
    ['وقف شقيق سوسن عند باب المستشفى ينتظر الطبيب.', 'سوسن'],
    ['وصل زوج ثريا إلى المعبر بعد يومين من المشي.', 'ثريا'],
    ['وتحمل أخت بشار صورته إلى كل وقفة احتجاجية.', 'بشار'],
  ];
  for (const [text, name] of cases) {
    it(`finds ${name}`, () => {
      expect(unknownNames(text)).toContain(name);
    });
  }

  it('not a given name that is a common word ("والد سعيد" may be a happy father)', () => {
    expect(unknownNames('وبدا والد سعيد بعودة ابنه من الأسر.')).toEqual([]);
  });
});

describe('a team role is followed by the team\'s own name, then the person\'s', () => {
  const cases: Array<[string, string]> = [
    ['وقال مدرب يوفنتوس ماسيمو كارينا بعد المباراة إن فريقه لعب بشجاعة.', 'ماسيمو كارينا'],
    ['أما مدرب ليفربول يورغن شتاين فقال إن الحكم أخطأ في ركلة الجزاء.', 'يورغن شتاين'],
    ['وأكد مدرب أتلتيكو مدريد دييغو سيموني أن الفريق يحتاج إلى الراحة.', 'دييغو سيموني'],
    ['وانتقل لاعب بنفيكا جواو ريبيرو إلى الدوري الإنجليزي.', 'جواو ريبيرو'],
  ];
  for (const [text, name] of cases) {
    it(`finds ${name}, not the team with him`, () => {
      const names = unknownNames(text);
      expect(names).toContain(name);
      expect(names.some((n) => n !== name && n.endsWith(name))).toBe(false);
    });
  }

  it('reads a definite complement as before', () => {
    expect(unknownNames('وقال مدرب الوداد رضا الحسني إن الفريق جاهز للنهائي.')).toContain('رضا الحسني');
    expect(unknownNames('وقال مدرب فريق الشباب سامر حداد إن الملعب لم يجهز.')).toContain('سامر حداد');
  });
});

describe('a role\'s complement goes on over a noun joined on by و', () => {
  const cases: Array<[string, string]> = [
    ['وأوضح وزير الري واستصلاح الأراضي منير حداد أن المساحة المزروعة زادت.', 'منير حداد'],
    ['وقالت وزيرة الشؤون الاجتماعية وشؤون المرأة هالة القاسم إن الدعم سيصل.', 'هالة القاسم'],
    ['وأعلن وزير التخطيط وتنمية الموارد عادل الشرعبي عن خطة جديدة للإعمار.', 'عادل الشرعبي'],
  ];
  for (const [text, name] of cases) {
    it(`finds ${name}`, () => {
      expect(unknownNames(text)).toContain(name);
    });
  }

  it('not over a given name or a speech verb joined on by و', () => {
    expect(unknownNames('التقى وزير الخارجية وسيم حداد بنظيره التركي.')).toContain('وسيم حداد');
    expect(unknownNames('وصل وزير الصحة وقال المتحدث سامر حداد إن الزيارة قصيرة.')).toContain('سامر حداد');
  });
});

describe('a speech verb and one word the text describes name a person', () => {
  const cases: Array<[string, string]> = [
    ['يقول زاهر، وهو سائق شاحنة في الأربعين، إن الطريق لم يعد آمنا.', 'زاهر'],
    ['صرحت لودميلا، وهي معلمة في مدرسة القرية، بأن التلاميذ عادوا.', 'لودميلا'],
    ['وتقول ماريانا، 34 عاما، إن زوجها ما زال في الأسر.', 'ماريانا'],
    ['وأضاف تيمور، وهو طالب طب، أن الجامعة أغلقت أبوابها.', 'تيمور'],
    ['قالت غيداء، وهي ممرضة في المستشفى الميداني، إن الأدوية نفدت.', 'غيداء'],
    ['ويروي كيفورك، المزارع الذي فقد أرضه، أن الحدود قسمت قريته.', 'كيفورك'],
  ];
  for (const [text, name] of cases) {
    it(`finds ${name}, not the verb with the name`, () => {
      const names = unknownNames(text);
      expect(names).toContain(name);
      expect(names.some((n) => n !== name && n.endsWith(name))).toBe(false);
    });
  }

  it('not a common noun, a noun in ة or a common-word name', () => {
    for (const text of [
      'وقال مصدر، وهو ضابط في الجيش، إن القوات انسحبت.',
      'وقال آخر، وهو بائع خضار، إن السوق فارغ منذ أيام.',
      'وقالت سيدة، وهي أم لثلاثة أطفال، إن الخيمة غرقت.',
      'قال شاهد، وهو صاحب متجر قريب، إن الانفجار هز الحي.',
      'وقال مسؤول، طلب عدم ذكر اسمه، إن الاتفاق قريب.',
      'وقال سعيد، وهو يبتسم، إن الفرج قريب.',
    ]) {
      expect(unknownNames(text), text).toEqual([]);
    }
  });
});

describe('everyday roles in construct introduce a name after their definite complement', () => {
  const cases: Array<[string, string]> = [
    ['وقال سائق الحافلة ماهر سلمان إن الطريق إلى الجنوب طويل.', 'ماهر سلمان'],
    ['وقال صاحب المتجر رامي النحاس إن الزبائن قلة هذا الشهر.', 'رامي النحاس'],
    ['ويؤكد بائع الخضار سليم عواد أن الأسعار تضاعفت.', 'سليم عواد'],
    ['وروى حارس المبنى منصور دلول ما جرى ليلة القصف.', 'منصور دلول'],
  ];
  for (const [text, name] of cases) {
    it(`finds ${name}`, () => {
      expect(unknownNames(text)).toContain(name);
    });
  }

  it('takes no indefinite complement of such a role for a name', () => {
    for (const [text, person] of [
      ['وقال ماهر النجار، وهو سائق سيارة أجرة في المدينة، إن الوقود نفد.', 'ماهر النجار'],
      ['ويقف كمال البنا، صاحب مخبز صغير في الحي، أمام الفرن منذ الفجر.', 'كمال البنا'],
      ['قال ابنه إنه لم يكن مقاتلا، بل سائق شاحنة مساعدات.', null],
      ['وقال زياد الحمصي، وهو صاحب محل لبيع الأجهزة، إن التيار عاد.', 'زياد الحمصي'],
    ] as const) {
      expect(unknownNames(text), text).toEqual(person ? [person] : []);
    }
  });

  it('reads no role and its complement for a name before a comma', () => {
    const names = unknownNames('ويقول مدير المحطة، الشاب سامي الحلو، إنه يعمل ليلا ونهارا.');
    expect(names).toContain('سامي الحلو');
    expect(names).not.toContain('مدير المحطة');
    expect(unknownNames('ويقول صاحب المخبز، الشاب يزن قدورة (29 عاما)، إنه يعمل ليلا.')).toEqual(['يزن قدورة']);
  });
});

describe('two words before "وهي"/"وهو" and a person noun are a name', () => {
  const cases: Array<[string, string]> = [
    ['وفي الساحة، انتظرت شغف ديب، وهي أم لثلاثة أطفال، دورها أمام الفرن.', 'شغف ديب'],
    ['وعلى الطرف الآخر، كان مهيب الزين، وهو بائع خضار، يرتب صناديقه.', 'مهيب الزين'],
    ['تطهو سوزانا الكردي، وهي أرملة منذ عامين، الطعام لأطفال الحي.', 'سوزانا الكردي'],
    ['ويصلح هشيم الدباس، وهو مهندس سابق، مولد الكهرباء الوحيد في الشارع.', 'هشيم الدباس'],
    ['وقفت سلافة المحمود، وهي معلمة، أمام المدرسة المهدمة.', 'سلافة المحمود'],
  ];
  for (const [text, name] of cases) {
    it(`finds ${name}`, () => {
      expect(unknownNames(text)).toContain(name);
    });
  }

  it('not a common noun and its complement, nor without a person noun after the pronoun', () => {
    for (const text of [
      'وقف مشروع القانون، وهو أب لكل التعديلات، عند البرلمان.',
      'ويبقى ملف الأسرى، وهو من أعقد الملفات، عالقا بين الطرفين.',
      'وتبقى مسألة الحدود، وهي قضية شائكة، بلا حل حتى الآن.',
      'كان مخيم الزعتري، وهو أكبر المخيمات، مكتظا بالعائدين.',
      'وصل وفد الوساطة، وهو الثالث هذا الشهر، إلى العاصمة.',
    ]) {
      expect(unknownNames(text), text).toEqual([]);
    }
  });
});
