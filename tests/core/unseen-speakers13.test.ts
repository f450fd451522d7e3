// Speakers of unseen text (issue 9, speakers13): an interview whose questions are bullets, a spokesman "in its
// name" for the body named before, a body that opens the subject and ends in its head's office, a sentence
// that opens with a body and a feminine past verb, a participle after a dateline, a noun completed by definite
// words before a name, and short quoted clauses inside reported speech. Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { directQuoteTexts as directQuotes, speakerIdOf, speakerOf } from './support/speaking';

describe('an interview with bulleted questions and dashed answers: the answers are the interviewee\'s', () => {
  const text = [
    'حوار | مهندس من حلب: «نبني بما تبقى من الحجارة»',
    '',
    'التقينا المهندس فراس الحمصي، الذي يقود فريقا لإعادة تأهيل المدارس في الأحياء الشرقية.',
    '',
    '• كم مدرسة أعدتم حتى الآن؟',
    '',
    '- "أعدنا سبع مدارس، وننتظر المواد لثلاث أخرى منذ الربيع".',
    '',
    '• ما الذي ينقصكم أكثر؟',
    '',
    '- "الإسمنت والحديد قبل المال، فالأسعار تتضاعف كل شهر".',
  ].join('\n');
  it('first answer', () => expect(speakerOf(text, 'أعدنا سبع مدارس، وننتظر المواد لثلاث أخرى منذ الربيع')).toBe('فراس الحمصي'));
  it('second answer', () => expect(speakerOf(text, 'الإسمنت والحديد قبل المال، فالأسعار تتضاعف كل شهر')).toBe('فراس الحمصي'));
});

describe('"وقال متحدث باسمها": a spokesman in its name speaks for the body named before', () => {
  const cases: Array<[string, string, string]> = [
    ['وأعلنت قوات الدعم السريع قبولها المبادرة. وقال متحدث باسمها في تسجيل مصور: "سنلتزم بكل بنود الاتفاق دون تردد".', 'سنلتزم بكل بنود الاتفاق دون تردد', 'rapid-support-forces'],
    ['ورفضت حركة حماس الورقة الأخيرة، وقال ناطق باسمها للصحفيين: "لا يمكن القبول بنزع السلاح تحت النار".', 'لا يمكن القبول بنزع السلاح تحت النار', 'hamas'],
  ];
  for (const [text, quote, id] of cases) it(id, () => expect(speakerIdOf(text, quote)).toBe(id));
});

describe('"قال مكتب رئيس الوزراء X": the office that opens the subject speaks, not the head named in its name', () => {
  it('israeli-pmo', () => {
    const text = 'وذكر مكتب رئيس الوزراء الإسرائيلي نتنياهو أن الوفد "لن يغادر قبل تسلم قائمة الأسماء كاملة".';
    expect(speakerIdOf(text, 'لن يغادر قبل تسلم قائمة الأسماء كاملة')).toBe('israeli-pmo');
  });
  it('a spokesman of the Kremlin named after it still speaks himself', () => {
    const text = 'وسئل دميتري بيسكوف المتحدث باسم الكرملين عن الموعد، فاكتفى بالقول إن الترتيبات "ما زالت قيد البحث".';
    expect(speakerIdOf(text, 'ما زالت قيد البحث')).toBe('dmitry-peskov');
  });
});

describe('"الخارجية السورية دانت … واعتبرته «…»": a body and a feminine past verb open the sentence; a later verb with و goes on with the body', () => {
  const opening = 'وقال الرئيس السوري أحمد الشرع إن بلاده "لن تنجر إلى أي حرب جديدة".\n\n';
  const cases: Array<[string, string, string]> = [
    ['وزارة الخارجية السورية رفضت البيان الإسرائيلي ووصفته بأنه "تضليل مكشوف للرأي العام".', 'تضليل مكشوف للرأي العام', 'syrian-mfa'],
    ['وزارة الدفاع السورية نفت التقارير واعتبرتها "جزءا من حملة منظمة".', 'جزءا من حملة منظمة', 'syrian-mod'],
  ];
  for (const [sentence, quote, id] of cases) it(id, () => expect(speakerIdOf(opening + sentence, quote)).toBe(id));
});

describe('"القاهرة (وكالات) – أبقى X …، مشيرا إلى أن «…»": a participle after a dateline has the sentence\'s subject', () => {
  const cases: Array<[string, string, string]> = [
    ['الخرطوم (وكالات) – جدد الجيش السوداني، مساء السبت، رفضه للهدنة المقترحة، مشيرا في بيان إلى أن "الميدان هو من يحسم المعركة".', 'الميدان هو من يحسم المعركة', 'sudanese-army'],
    ['كييف – أعلنت وزارة الدفاع الأوكرانية، صباح اليوم، إسقاط عشرات المسيرات، موضحة أن "الدفاعات الجوية عملت طوال الليل".', 'الدفاعات الجوية عملت طوال الليل', 'ukrainian-mod'],
  ];
  for (const [text, quote, id] of cases) it(id, () => expect(speakerIdOf(text, quote)).toBe(id));
});

describe('"قال رجل الأعمال التركي X": a noun completed by definite words, then a name, names the speaker', () => {
  const cases: Array<[string, string, string]> = [
    ['وقال رجل الأعمال الأردني سامي الدباس، الذي يصدر الخضار إلى الخليج: "الطلب ارتفع بعد افتتاح المعبر".', 'الطلب ارتفع بعد افتتاح المعبر', 'سامي الدباس'],
    ['وقالت سيدة الأعمال المصرية نهى الشريف: "نبحث عن شركاء في المنطقة الحرة".', 'نبحث عن شركاء في المنطقة الحرة', 'نهى الشريف'],
  ];
  for (const [text, quote, speaker] of cases) it(speaker, () => expect(speakerOf(text, quote)).toBe(speaker));
});

describe('a short quoted clause inside reported speech, after a long subject, is the speaker\'s words', () => {
  const cases: Array<[string, string, string]> = [
    ['وقال المحلل السياسي السوداني الدكتور عادل إبراهيم إن أي هدنة لا تشمل دارفور "ستنهار سريعا" بحسب تقديره.', 'ستنهار سريعا', 'عادل إبراهيم'],
    ['وقال الضيف إن المحادثات التي جرت في جدة بين الطرفين بحضور الوسطاء الأمريكيين والسعوديين "حققت تقدما محدودا"، دون أن يوضح.', 'حققت تقدما محدودا', 'الضيف'],
  ];
  it('the first is found as a direct quote of its speaker', () => expect(speakerOf(cases[0]![0], cases[0]![1])).toBe(cases[0]![2]));
  it('the second is found as a direct quote', () => expect(speakerOf(cases[1]![0], cases[1]![1])).not.toBeUndefined());
});

describe('"وختم الخبير حديثه بتحذير:": a role noun with its own talk after it is the person introduced with it', () => {
  const cases: Array<[string, string, string]> = [
    [
      'قال الخبير العسكري الأردني ماهر الزعبي إن الهجوم "كان متوقعا منذ أسابيع". وأعلن وزير الدفاع يسرائيل كاتس أن العملية ستستمر. وختم الخبير حديثه بتحذير: "الشتاء سيغير حسابات الطرفين كليا".',
      'الشتاء سيغير حسابات الطرفين كليا',
      'ماهر الزعبي',
    ],
    [
      'التقينا الدكتورة سلوى القاسم في عيادتها قرب المعبر. وقال مسؤول في البلدية إن المياه مقطوعة. وتختم الطبيبة حديثها: "نحتاج إلى الدواء قبل الطعام".',
      'نحتاج إلى الدواء قبل الطعام',
      'سلوى القاسم',
    ],
  ];
  for (const [text, quote, speaker] of cases) it(speaker, () => expect(speakerOf(text, quote)).toBe(speaker));
});

describe('a document named before: its issuer speaks when the text quotes it later', () => {
  const cases: Array<[string, string, string]> = [
    ['أصدرت منظمة العفو الدولية، صباح الثلاثاء، تقريرها السنوي عن أوضاع السجون.\n\nوجاء في التقرير أن المعتقلين "يحرمون من الزيارات منذ شهور طويلة".', 'يحرمون من الزيارات منذ شهور طويلة', 'amnesty-international'],
    ['ويرسم تقرير لمنظمة الصحة العالمية صورة قاتمة عن القطاع الصحي.\n\nوجاء في التقرير، الذي نشر مساء الأحد: "نصف سيارات الإسعاف خارج الخدمة".', 'نصف سيارات الإسعاف خارج الخدمة', 'who'],
    ['وجاء في إحاطة قدمها برنامج الأغذية العالمي لمجلس الأمن: "المخازن ستفرغ قبل نهاية الشهر".', 'المخازن ستفرغ قبل نهاية الشهر', 'wfp'],
  ];
  for (const [text, quote, id] of cases) it(id, () => expect(speakerIdOf(text, quote)).toBe(id));
});

describe('"وجاء في بيان لمكتبه": a statement of a person\'s office is that person\'s', () => {
  const cases: Array<[string, string, string]> = [
    ['وقال الرئيس الأوكراني فولوديمير زيلينسكي إن الجبهة صامدة. ثم التقى المبعوث الأمريكي ستيف ويتكوف وفدا أوروبيا في جنيف، وجاء في بيان لمكتبه: "المحادثات كانت بناءة وصريحة".', 'المحادثات كانت بناءة وصريحة', 'steve-witkoff'],
    ['وتحدثت المفوضة الأوروبية كايا كالاس عن العقوبات الجديدة. وجاء في بيان لمكتبها: "الحزمة المقبلة ستطال قطاع الطاقة".', 'الحزمة المقبلة ستطال قطاع الطاقة', 'kaja-kallas'],
  ];
  for (const [text, quote, id] of cases) it(id, () => expect(speakerIdOf(text, quote)).toBe(id));
});

describe('«الدعم السريع»: a quotation that holds an actor\'s name and nothing else is no one\'s words', () => {
  const cases = [
    'الجيش السوداني يستعيد بلدة في كردفان.. و«الدعم السريع» تنفي\n\nأعلن الجيش السوداني استعادة بلدة أم صميمة، فيما نفت قوات الدعم السريع ذلك.',
    'قصف على خاركيف و"الجيش الروسي" يعلن السيطرة على قرية جديدة\n\nقال الجيش الأوكراني إن القصف استهدف منشآت الطاقة.',
  ];
  for (const text of cases) it(text.slice(0, 30), () => expect(directQuotes(text)).toEqual([]));
  it('words that say more than the name stay a direct quote', () => {
    const text = 'وقال قائد ميداني: "الدعم السريع لن يدخل المدينة مهما حاول".';
    expect(directQuotes(text)).toEqual(['الدعم السريع لن يدخل المدينة مهما حاول']);
  });
});

describe('a quote over two paragraphs, closed only at the end, with a quote of other marks inside its second paragraph', () => {
  it('is one quote', () => {
    const text = 'ويقول الباحث سامر الخوري: «المفاوضات تدور في حلقة مفرغة منذ شهور.\n\nوحين يكرر الوفد عبارة "لا تنازل عن الأرض" فهو يخاطب جمهوره في الداخل».\n\nوقال مسؤول آخر إن الجولة المقبلة لم تحدد.';
    expect(directQuotes(text)).toEqual(['المفاوضات تدور في حلقة مفرغة منذ شهور.\n\nوحين يكرر الوفد عبارة "لا تنازل عن الأرض" فهو يخاطب جمهوره في الداخل']);
  });
  it('with no close in the second paragraph, the two are read apart', () => {
    const text = 'ويقول الباحث سامر الخوري: «المفاوضات تدور في حلقة مفرغة منذ شهور.\n\nوقال الوزير إن بلاده "لن تقبل بأي شروط مسبقة" في الجولة المقبلة.';
    expect(directQuotes(text)).toEqual(['المفاوضات تدور في حلقة مفرغة منذ شهور.', 'لن تقبل بأي شروط مسبقة']);
  });
});

describe('a title, and a headline before its byline, are no one\'s words', () => {
  it('a title after "بعنوان", even with a question mark', () => {
    const text = 'ويتضمن برنامج المعرض ندوة بعنوان "هل تنقذ الترجمة الأدب المحلي؟" يديرها عدد من النقاد.';
    expect(directQuotes(text)).toEqual([]);
  });
  it('a quoted name that ends a headline, with the byline on the next line', () => {
    const text = 'افتتاح مهرجان المسرح في عمان بعرض «ليالي الحصاد»\n\nكتبت: سلمى الرفاعي\n\nافتتح وزير الثقافة المهرجان مساء الأحد بحضور جمهور كبير.';
    expect(directQuotes(text)).toEqual([]);
  });
  it('a quote after its speech verb and a colon stays a quote', () => {
    const text = 'وتابع الوزير حديثه عن الخطة، ثم قال: "سننتهي من المرحلة الأولى قبل الصيف".';
    expect(directQuotes(text)).toEqual(['سننتهي من المرحلة الأولى قبل الصيف']);
  });
});

describe('"روايته الجديدة «…»": a work named with its owner\'s pronoun gives its title, no one\'s words', () => {
  const cases = [
    'ووقع الكاتب سامي الأحمد في المعرض روايته الجديدة «ظلال على جدار المدينة» وسط حضور كبير.',
    'وقدمت المخرجة ليلى حسن فيلمها "الطريق الطويل إلى البيت" في افتتاح المهرجان.',
  ];
  for (const text of cases) it(text.slice(0, 30), () => expect(directQuotes(text)).toEqual([]));
  it('a statement after its issuer stays a quote', () => {
    const text = 'ونشرت الوزارة بيانها "القصف استهدف ثلاثة أحياء سكنية في المدينة" مساء الأحد.';
    expect(directQuotes(text)).toEqual(['القصف استهدف ثلاثة أحياء سكنية في المدينة']);
  });
});

describe('"ما تسميه الجماعة «…»": a name given by a verb of naming is no one\'s words', () => {
  it('an operation named by the army', () => {
    const text = 'وقال المتحدث العسكري إن الهجمات تندرج ضمن ما يسميه الجيش "تطهير الريف الشرقي من الخلايا" وستتواصل.';
    expect(directQuotes(text)).toEqual([]);
  });
});

describe('"إن حكومته «…»": a body with its owner\'s pronoun before a short quote leaves it the speaker\'s words', () => {
  it('a government', () => {
    const text = 'وقال رئيس الوزراء في كلمة متلفزة إن حكومته "لن توقع أي اتفاق" قبل الانتخابات.';
    expect(directQuotes(text)).toEqual(['لن توقع أي اتفاق']);
  });
});
