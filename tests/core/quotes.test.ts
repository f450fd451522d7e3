import { describe, expect, it } from 'vitest';
import { findQuotations, findQuotes, pairQuotationMarks } from '../../src/core/quotes';

const direct = (text: string) => findQuotes(text).filter((q) => q.kind === 'direct').map((q) => text.slice(q.start, q.end));
const indirect = (text: string) => findQuotes(text).filter((q) => q.kind === 'indirect').map((q) => text.slice(q.start, q.end));

const WORDS = 'نحن نراقب الوضع بعناية شديدة';

describe('findQuotes: quotation mark styles', () => {
  const styles: Array<[string, string, string]> = [
    ['ASCII', '"', '"'],
    ['English curly', '“', '”'],
    ['reversed curly', '”', '“'],
    ['curly used both ways', '“', '“'],
    ['guillemets', '«', '»'],
    ['low-high', '„', '“'],
    ['reversed double high', '‟', '”'],
    ['doubled ASCII', '""', '""'],
  ];
  for (const [name, open, close] of styles) {
    it(`finds a quote in ${name} marks`, () => {
      const text = `وقال بيسكوف: ${open}${WORDS}${close}. وانتهى المؤتمر.`;
      expect(direct(text)).toEqual([WORDS]);
    });
  }

  it('reads guillemets printed the other way round (»...«)', () => {
    const text = `وقال الوزير »${WORDS}«، ثم غادر القاعة.`;
    expect(direct(text)).toEqual([WORDS]);
  });

  it('reads marks glued to letters on both sides', () => {
    const text = `وقال"${WORDS}"وغادر القاعة.`;
    expect(direct(text)).toEqual([WORDS]);
  });

  it('reads marks with spaces on the inside ("، ” words “." style)', () => {
    const text = `وأضاف بيسكوف، ” ${WORDS} “.`;
    expect(direct(text)).toEqual([WORDS]);
  });

  it('reads a mark glued to a colon ("الصحفي:" words")', () => {
    const text = `وقال المدرب خلال المؤتمر الصحفي:" ${WORDS}". وواصل:" لدينا أهداف علينا العمل عليها".`;
    expect(direct(text)).toEqual([WORDS, 'لدينا أهداف علينا العمل عليها']);
  });

  it('reports offsets into the original text, without the marks', () => {
    const text = `قال: «${WORDS}»`;
    const [q] = findQuotes(text);
    expect(q).toMatchObject({ start: text.indexOf(WORDS), end: text.indexOf(WORDS) + WORDS.length, kind: 'direct' });
  });
});

describe('findQuotes: nesting, paragraphs, unbalanced marks', () => {
  it('a quote over two paragraphs whose second holds a quote in the same marks closes at the last mark', () => {
    const text = 'وعن الحاجز قال: "كل صباح ننتظر ساعتين قبل أن يسمحوا لنا بالعبور.\n\nلا أحد يشرح السبب. قيل لنا إن الأمر "ترتيب عابر"، ومضى على ذلك عام كامل".\n\nوقال المزارع سليم: "لا أحد يسمعنا في هذه القرية".';
    expect(direct(text)).toEqual([
      'كل صباح ننتظر ساعتين قبل أن يسمحوا لنا بالعبور.\n\nلا أحد يشرح السبب. قيل لنا إن الأمر "ترتيب عابر"، ومضى على ذلك عام كامل',
      'لا أحد يسمعنا في هذه القرية',
    ]);
  });

  it('a quote over two paragraphs whose second holds two quotes in other marks closes with a run of marks', () => {
    const text = 'وعن يوم النزوح تقول:\n\n«مشينا ست ساعات تحت المطر حتى وصلنا إلى المدرسة.\n\nعند الباب سألني ابني: "هل سنعود إلى بيتنا؟". ثم همس: "لن أترك كرتي هنا"».\n\nوقال المدير: «الوضع صعب جدا في المخيم».';
    expect(direct(text)).toEqual([
      'مشينا ست ساعات تحت المطر حتى وصلنا إلى المدرسة.\n\nعند الباب سألني ابني: "هل سنعود إلى بيتنا؟". ثم همس: "لن أترك كرتي هنا"',
      'الوضع صعب جدا في المخيم',
    ]);
  });

  it('a quote left open over a paragraph whose own quotes all close ends with its paragraph', () => {
    const text = 'قال المزارع: "الجيش يتقدم ثم ينسحب ثم يعود كل أسبوع.\n\nوقال جاره إن "الوضع صعب جدا هذه الأيام" وإن "الحل بعيد عن متناول الجميع".';
    expect(direct(text)).toEqual(['الجيش يتقدم ثم ينسحب ثم يعود كل أسبوع.', 'الوضع صعب جدا هذه الأيام', 'الحل بعيد عن متناول الجميع']);
  });

  it('keeps a quote inside a quote as part of the outer one (ASCII both levels)', () => {
    const text = 'وجاء في بيان الوزارة: "تم إطلاق إجراءات "لمكافحة الإرهاب"، من أجل ضمان أحكام البيان الثلاثي".';
    expect(direct(text)).toEqual(['تم إطلاق إجراءات "لمكافحة الإرهاب"، من أجل ضمان أحكام البيان الثلاثي']);
  });

  it('keeps a nested quote glued to a proclitic (بـ"...") inside the outer one', () => {
    const text = 'وقال الوزير: "نرفض ما يسمى بـ"المنطقة العازلة" رفضا قاطعا ولن نقبل به".';
    expect(direct(text)).toEqual(['نرفض ما يسمى بـ"المنطقة العازلة" رفضا قاطعا ولن نقبل به']);
  });

  it('keeps a quote inside a quote with mixed marks', () => {
    const text = 'وقال: «نرفض ما يسمى "المنطقة العازلة" رفضا قاطعا» ثم غادر.';
    expect(direct(text)).toEqual(['نرفض ما يسمى "المنطقة العازلة" رفضا قاطعا']);
  });

  it('closes the outer quote when an inner quote ends right at its end (›" and "»)', () => {
    const cases: Array<[string, string]> = [
      ['قالت المعلمة: "سألني تلميذ صغير: ‹متى نعود إلى المدرسة؟›"، ثم أضافت: "لم أجد ما أقوله له".',
        'سألني تلميذ صغير: ‹متى نعود إلى المدرسة؟›'],
      ['«يوم انتهى القصف قلت لجاري: "لنرجع غدا إلى الحي"»، يقول الرجل، ثم يضيف: «لم يبق من البيت شيء».',
        'يوم انتهى القصف قلت لجاري: "لنرجع غدا إلى الحي"'],
      ['وكتب الطبيب: “قال لي المريض: ‘لا أملك ثمن الدواء’”، وأضاف: “هذا ما نسمعه كل يوم هنا”.',
        'قال لي المريض: ‘لا أملك ثمن الدواء’'],
    ];
    for (const [text, outer] of cases) {
      const found = direct(text);
      expect(found[0]).toBe(outer);
      expect(found).toHaveLength(2);
    }
  });

  it('still reads a doubled opening run («") as one quote', () => {
    const text = 'وقال المتحدث: «"الهدنة صامدة حتى الآن رغم الخروقات"» في المؤتمر.';
    expect(direct(text)).toEqual(['الهدنة صامدة حتى الآن رغم الخروقات']);
  });

  it('reports once a quote that opens a mark at each paragraph and closes at the end', () => {
    const text = 'وقال الوزير: "الفقرة الأولى من كلامه هنا.\n\n"والفقرة الثانية من كلامه هنا.\n\n"والفقرة الثالثة تنتهي هنا".\n\nخبر آخر لا علاقة له.';
    const quotes = direct(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toContain('الفقرة الأولى');
    expect(quotes[0]).toContain('الثالثة تنتهي هنا');
    expect(quotes[0]).not.toContain('خبر آخر');
  });

  it('reports once a quote that opens once and closes in the next paragraph', () => {
    const text = 'وقال بيسكوف: "في الوقت الحالي لا يوجد أساس للحديث عن ذلك.\n\nولهذا هناك اتصالات مباشرة بهذا الشأن".\n\nوفي وقت سابق أعلنت الوزارة.';
    expect(direct(text)).toEqual(['في الوقت الحالي لا يوجد أساس للحديث عن ذلك.\n\nولهذا هناك اتصالات مباشرة بهذا الشأن']);
  });

  it('ends an unclosed quote at the end of its line when nothing closes it', () => {
    const text = 'مقالات مشابهة\n• ستارمر: قصف خاركيف "دليل جديد على أن موسكو لا تريد السلام\n• ترامب يلتقي زيلينسكي في البيت الأبيض\n• الكرملين يعلق على القمة';
    expect(direct(text)).toEqual(['دليل جديد على أن موسكو لا تريد السلام']);
  });

  it('ignores an orphan closing mark', () => {
    const text = 'وأكدت زاخاروفا أن الجانب الروسي ينطلق من ضرورة وقف العنف فورا”.\n\nوقالت: “هذه كلمات أخرى للمتحدثة”.';
    expect(direct(text)).toEqual(['هذه كلمات أخرى للمتحدثة']);
  });
});

describe('findQuotes: scare quotes and fragments', () => {
  it('leaves out names of channels, platforms, groups and operations', () => {
    const text =
      'وقالت زاخاروفا في حديث لشبكة "سكاي نيوز عربية" إن الوضع خطير. ونشر الوزير على منصة "إكس" تغريدة. ' +
      'وأعلنت الوزارة إطلاق عملية "الرصاص المصبوب الجديد في القطاع" أمس. وقاتلت كتائب “القسام” الجناح العسكري لحركة “حماس”.';
    expect(direct(text)).toEqual([]);
    const cats = findQuotations(text).map((q) => q.category);
    expect(cats).not.toContain('direct');
  });

  it('leaves out an outlet credited in a dateline line ("بيروت – «النهار اليومي»")', () => {
    for (const text of [
      'عنوان الخبر هنا\n\nبيروت – «النهار اليومي»\n\nأعلنت الحكومة خطة جديدة للكهرباء.',
      'مراكش: «الصباح الجديد»\n\nافتتح المهرجان دورته الخامسة أمس.',
      'الخرطوم - "الأخبار"\nقال مسؤول إن الطرق مغلقة.',
    ]) expect(direct(text), text).toEqual([]);
  });

  it('keeps a short quoted headline that is someone\'s words', () => {
    expect(direct('الوزير: «لن نرفع الأسعار»\n\nقال وزير المالية إن الأسعار ثابتة.')).toEqual(['لن نرفع الأسعار']);
  });

  it('leaves out a long name after "ما يعرف بـ"', () => {
    const text = 'وفرضت واشنطن عقوبات بموجب ما يعرف بـ"قانون قيصر لحماية المدنيين السوريين" على عدد من الشركات.';
    expect(direct(text)).toEqual([]);
  });

  it('leaves out a one-word term and short fragments inside a sentence', () => {
    const text = 'وحذرت قوات حفظ السلام "مسبقا" بشأن "عملية مكافحة الإرهاب" اليوم، ووصف الهجوم بأنه "غير مقبول".';
    expect(direct(text)).toEqual([]);
  });

  it('reports a short full clause introduced as speech', () => {
    const text = 'وأضافت: "هذا غير صحيح". ثم غادرت.';
    expect(direct(text)).toEqual(['هذا غير صحيح']);
  });

  it('reports a short clause after "بالقول" or "قوله"', () => {
    const text = 'واكتفى المتحدث بالقول "لا تعليق لدينا". ونقلت الوكالة عن الوزير قوله "لن نستسلم أبدا".';
    expect(direct(text)).toEqual(['لا تعليق لدينا', 'لن نستسلم أبدا']);
  });

  it('reports a short clause after "أن" that ends the sentence, not a quoted name inside it', () => {
    const text = 'وأضافت المتحدثة أن "هذا غير صحيح". وأكد الوزير أن "الحرس الثوري" يقف وراء الهجوم.';
    expect(direct(text)).toEqual(['هذا غير صحيح']);
  });

  it('reports a short clause followed by its speech verb', () => {
    const text = '"نحن مستعدون"، قال بيسكوف، "للحوار مع جميع الأطراف دون شروط".';
    expect(direct(text)).toEqual(['نحن مستعدون', 'للحوار مع جميع الأطراف دون شروط']);
  });

  it('reports a short quoted predicate inside reported speech, its subject before it', () => {
    const cases: Array<[string, string]> = [
      ['وقال قائد الشرطة إن الطرق "باتت آمنة تماما".', 'باتت آمنة تماما'],
      ['وأكدت الوزيرة أن المدارس «ستفتح أبوابها» الأسبوع المقبل.', 'ستفتح أبوابها'],
      ['وقال المتحدث إن الحكومة "لن تتراجع" عن قرارها، مضيفا أن الأمر محسوم.', 'لن تتراجع'],
      ['ويقول المزارع إن الحقول "صارت قاحلة". ثم يعود إلى عمله.', 'صارت قاحلة'],
      ['وذكر البيان أن الوفد "يدرس المقترح الجديد" بعناية.', 'يدرس المقترح الجديد'],
      ['وأضافت أن الأوضاع في المخيم «ليست مستقرة بعد» رغم المساعدات.', 'ليست مستقرة بعد'],
    ];
    for (const [text, quote] of cases) expect(direct(text), text).toEqual([quote]);
  });

  it('leaves out a quoted name inside reported speech', () => {
    for (const text of [
      'وقال الضابط إن عناصر "الدعم السريع" انسحبوا من الحي.',
      'وأكد المتحدث أن الهجوم نفذته مجموعة "سرايا الفجر" فجر اليوم.',
      'وقالت الوزارة إن القوات أطلقت عملية "درع الشمال" في المنطقة.',
      'وأعلن الجيش أن الإجراءات تأتي "لمكافحة التهريب" على الحدود.',
      'وقال المسؤول إن الطرفين ناقشا ملف "ممر العبور" خلال اللقاء.',
    ]) expect(direct(text), text).toEqual([]);
  });

  it('reports four words and more as direct', () => {
    const text = 'وأكدت يريفان أن باكو تحاول "استكمال سياسة التطهير العرقي" في الإقليم.';
    expect(direct(text)).toEqual(['استكمال سياسة التطهير العرقي']);
  });
});

describe('findQuotes: indirect speech', () => {
  it('reports the clause after أن up to the sentence end', () => {
    const text = 'وأكد بيسكوف أن روسيا تتابع الأوضاع هناك بانتباه شديد. وانتهى المؤتمر.';
    expect(indirect(text)).toEqual(['روسيا تتابع الأوضاع هناك بانتباه شديد']);
  });

  it('stops the clause at a comma followed by another speech verb', () => {
    const text = 'أكد بيسكوف بأنه لا يوجد أساس للحديث عن تطهير عرقي، مؤكدا أن روسيا تتابع الأوضاع.';
    expect(indirect(text)).toEqual(['لا يوجد أساس للحديث عن تطهير عرقي', 'روسيا تتابع الأوضاع']);
  });

  it('handles إن after قال and "إلى أن" after أشار', () => {
    const text = 'ذكر الناطق باسم الكرملين ديميتري بيسكوف أن موسكو ترحب بأي وساطة.\nولفتت إلى أن الاتصالات قائمة عبر القنوات.';
    expect(indirect(text)).toEqual(['موسكو ترحب بأي وساطة', 'الاتصالات قائمة عبر القنوات']);
  });

  it('splits clauses joined by "، وأن" and reads "وكما قال X، فإن"', () => {
    const text = 'وأكد الوزير أن العملية تستهدف مواقع عسكرية فقط، وأن بلاده تتابع الأوضاع. وكما قال الرئيس، فإن الحوار مستمر.';
    expect(indirect(text)).toEqual(['العملية تستهدف مواقع عسكرية فقط', 'بلاده تتابع الأوضاع', 'الحوار مستمر']);
  });

  it('keeps a participle that reports nothing new inside the clause ("، داعية ... إلى")', () => {
    const text = 'وأكدت الوزيرة أن بلادها تدعم الحل السلمي، داعية جميع الأطراف إلى ضبط النفس.';
    expect(indirect(text)).toEqual(['بلادها تدعم الحل السلمي، داعية جميع الأطراف إلى ضبط النفس']);
  });

  it('reads reported speech after حسم، طمأن، قدّر، نبّه، وعد، ادّعى، اقترح، نصح', () => {
    const cases: Array<[string, string]> = [
      ['وطمأنت الوزارة المواطنين أن المخزون يكفي ستة أشهر.', 'المخزون يكفي ستة أشهر'],
      ['ويقدّر اتحاد المزارعين أن نصف المحاصيل تلف هذا الموسم.', 'نصف المحاصيل تلف هذا الموسم'],
      ['ونبّهت المنظمة إلى أن المخيمات تفتقر إلى المياه النظيفة.', 'المخيمات تفتقر إلى المياه النظيفة'],
      ['ووعد المحافظ بأن الطريق سيفتح قبل نهاية الشهر.', 'الطريق سيفتح قبل نهاية الشهر'],
      ['وحسم الرئيس الجدل بقوله إن الانتخابات ستجري في موعدها.', 'الانتخابات ستجري في موعدها'],
    ];
    for (const [text, clause] of cases) expect(indirect(text), text).toEqual([clause]);
  });

  it('reads no speech in those verbs used for something else', () => {
    for (const text of ['وحسم الفريق المباراة في الشوط الثاني.', 'وقدّر الخبراء الخسائر بمئات الملايين.', 'ووعد الوزير الأهالي بزيارة قريبة.']) expect(indirect(text), text).toEqual([]);
  });

  it('does not report a clause that opens with a quotation mark as indirect', () => {
    const text = 'وأضاف أنّ “العدوان يتكتم على الخسائر البشرية في صفوفه”.';
    expect(indirect(text)).toEqual([]);
    expect(direct(text)).toEqual(['العدوان يتكتم على الخسائر البشرية في صفوفه']);
  });

  it('does not look for reported speech inside a direct quote', () => {
    const text = 'وقال: "نحن نؤكد أن الحوار هو السبيل الوحيد للحل".';
    expect(indirect(text)).toEqual([]);
  });
});

describe('findQuotes: hostile input', () => {
  it('handles a text made only of quotation marks', () => {
    const marks = '"“”«»„‟';
    let text = '';
    for (let i = 0; i < 200_000; i++) text += marks[i % marks.length];
    expect(findQuotes(text)).toEqual([]);
  }, 60_000);

  it('pairs alternating marks and spaces without hanging (speed: bench/language.mjs)', () => {
    const text = '" '.repeat(300_000) + '\n' + '« '.repeat(300_000);
    expect(Array.isArray(pairQuotationMarks(text))).toBe(true);
  }, 60_000);

  it('reads marks the same through bidi controls and zero-width characters', () => {
    const text = `وقال بيسكوف:\u200F \u2067"\u200B${WORDS}\u200D"\u2069.`;
    const quotes = findQuotes(text).filter((q) => q.kind === 'direct');
    expect(quotes).toHaveLength(1);
    expect(text.slice(quotes[0]!.start, quotes[0]!.end)).toContain(WORDS);
  });

  it('finds every quote in 5 MB of article text', () => {
    const paragraph =
      'وقال بيسكوف: "نحن نراقب الوضع بعناية شديدة في المنطقة". وأضاف أن روسيا تتابع الأوضاع هناك. وحذرت القوات "مسبقا" من التصعيد.\n\n';
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const quotes = findQuotes(text);
    const count = Math.ceil(5_000_000 / paragraph.length);
    expect(quotes.filter((q) => q.kind === 'direct')).toHaveLength(count);
  }, 60_000);

  it('never reports an empty or out-of-range span', () => {
    const inputs = ['"', '""', '" "', '«»', '«\n\n»', 'قال: "', 'قال: "\n\n"', '”نص“', '\u200F"\u200F"\u200F'];
    for (const text of inputs) {
      for (const q of findQuotes(text)) {
        expect(q.start).toBeGreaterThanOrEqual(0);
        expect(q.end).toBeLessThanOrEqual(text.length);
        expect(q.end).toBeGreaterThan(q.start);
      }
    }
  });
});
