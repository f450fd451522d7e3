// Speakers of unseen text (issue 9, speakers14): an honorific opening the name set off after "أحد …", "وقال
// المتحدث" after an unnamed spokesman of a body, a relative clause with no comma after a body's name, an aside
// "، في بيان،" after a cue's subject, a headline that opens with its quote, and a headline's own words before a
// colon. Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { speakerIdOf, speakerOf } from './support/speaking';

describe('"قال أحد وجهاء البلدة، الشيخ X Y،": the honorific opens the name set off by the comma', () => {
  const cases: Array<[string, string, string]> = [
    ['وقال أحد وجهاء البلدة، الشيخ مهدي العبيد، للوكالة: "لن نقبل بتهجير أحد من أرضه".', 'لن نقبل بتهجير أحد من أرضه', 'مهدي العبيد'],
    ['وقال أحد سكان المخيم، الحاج سليمان النجار، للصحفيين إن الماء "لم يصل منذ عشرة أيام كاملة".', 'لم يصل منذ عشرة أيام كاملة', 'سليمان النجار'],
    ['وقالت إحدى المعلمات، الدكتورة ريم الصافي، للقناة: "نصف التلاميذ لم يعودوا إلى الصفوف".', 'نصف التلاميذ لم يعودوا إلى الصفوف', 'ريم الصافي'],
  ];
  for (const [text, quote, speaker] of cases) it(speaker, () => expect(speakerOf(text, quote)).toBe(speaker));
  it('with no name after the comma the source stays anonymous', () => {
    const text = 'وقال أحد سكان الحي، طالبا عدم ذكر اسمه: "الاشتباكات لم تتوقف طوال الليل".';
    expect(speakerOf(text, 'الاشتباكات لم تتوقف طوال الليل')).toBeNull();
  });
});

describe('"وقال المتحدث:" after an unnamed spokesman of a body: the body, not a spokesman named earlier', () => {
  const cases: Array<[string, string, string]> = [
    ['وقال المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي إن العمليات مستمرة.\n\nوفي جنيف، أعرب متحدث باسم منظمة الصحة العالمية عن قلقها، وقال المتحدث: "المستشفيات تعمل بلا وقود منذ أيام".', 'المستشفيات تعمل بلا وقود منذ أيام', 'who'],
    ['وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو سترد.\n\nوأصدرت متحدثة باسم الاتحاد الأوروبي تعليقا مقتضبا، وقالت المتحدثة: "ندعو الطرفين إلى ضبط النفس".', 'ندعو الطرفين إلى ضبط النفس', 'european-union'],
  ];
  for (const [text, quote, id] of cases) it(id, () => expect(speakerIdOf(text, quote)).toBe(id));
  it('a spokesman named after the body is still that person', () => {
    const text = 'وقال المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي إن العمليات مستمرة. وأضاف المتحدث: "لن نتوقف قبل تحقيق الأهداف".';
    expect(speakerIdOf(text, 'لن نتوقف قبل تحقيق الأهداف')).toBe('avichay-adraee');
  });
});

describe('"X التي تقول إن": a relative clause right after a body\'s name says what the body said', () => {
  const cases: Array<[string, string, string]> = [
    ['وتتهم كييف موسكو بضرب محطات الكهرباء، وهو ما تنفيه وزارة الدفاع الروسية التي تقول إن ضرباتها تستهدف "مواقع عسكرية ومخازن للذخيرة".', 'مواقع عسكرية ومخازن للذخيرة', 'russian-mod'],
    ['ويتبادل الطرفان الاتهامات، فيما تحمّل الحكومة السودانية المسؤولية لقوات الدعم السريع التي قالت إن الجيش "بدأ الهجوم على مواقعنا فجرا".', 'بدأ الهجوم على مواقعنا فجرا', 'rapid-support-forces'],
  ];
  for (const [text, quote, id] of cases) it(id, () => expect(speakerIdOf(text, quote)).toBe(id));
});

describe('"واتهمت X، في بيان، Y بـ…": the aside says how X spoke; Y is the object', () => {
  const cases: Array<[string, string, string]> = [
    ['واتهمت حركة حماس، في بيان، إسرائيل بـ"قصف مراكز الإيواء عمدا"، ووصفت ما جرى بأنه "مجزرة جديدة بحق العائلات النازحة".', 'مجزرة جديدة بحق العائلات النازحة', 'hamas'],
    ['واتهمت وزارة الخارجية الأذربيجانية، في بيان، أرمينيا بـ"عرقلة ترسيم الحدود"، وقالت إن باكو "لن تقبل بأي شروط مسبقة".', 'لن تقبل بأي شروط مسبقة', 'azerbaijani-mfa'],
  ];
  for (const [text, quote, id] of cases) it(id, () => expect(speakerIdOf(text, quote)).toBe(id));
});

describe('a headline that opens with its quote, then an actor and its verb, quotes that actor', () => {
  const cases: Array<[string, string, string]> = [
    ['"المجاعة لا تنتظر الهدنة".. برنامج الأغذية العالمي يحذر من نفاد المخزون في دارفور\n\nالخرطوم – حذر البرنامج من نفاد مخزونه.', 'المجاعة لا تنتظر الهدنة', 'wfp'],
    ['«لن نغادر مدينتنا مهما اشتد القصف»… الهلال الأحمر الفلسطيني يعلن بقاء طواقمه في شمال غزة\n\nأعلنت الجمعية أن طواقمها باقية.', 'لن نغادر مدينتنا مهما اشتد القصف', 'palestinian-red-crescent'],
  ];
  for (const [text, quote, id] of cases) it(id, () => expect(speakerIdOf(text, quote)).toBe(id));
  it('a quote later in the text is no headline', () => {
    const text = 'تواصلت المعارك في دارفور.\n\n"المجاعة لا تنتظر الهدنة".. برنامج الأغذية العالمي يحذر من نفاد المخزون.';
    expect(speakerIdOf(text, 'المجاعة لا تنتظر الهدنة')).not.toBe('wfp');
  });
});

describe('a headline\'s own words before the colon name no one', () => {
  const cases: Array<[string, string]> = [
    ['لقاء | مهجرو القرية بعد عامين: "المفاتيح ما زالت في جيوبنا"\n\nفي شقة صغيرة تجلس سلوى الخطيب قرب النافذة.', 'المفاتيح ما زالت في جيوبنا'],
    ['شهادات | نازحو المدينة بعد عام من الحرب: "لم يبق لنا سوى الذكريات"\n\nتجمعت عشرات العائلات أمام مبنى المحافظة.', 'لم يبق لنا سوى الذكريات'],
    ['قصة | مزارعو الوادي في موسم الجفاف: "الأرض عطشى مثلنا"\n\nيقف المزارعون أمام حقولهم اليابسة.', 'الأرض عطشى مثلنا'],
  ];
  for (const [text, quote] of cases) it(quote, () => expect(speakerOf(text, quote)).toBeNull());
});

describe('a quote with no cue after a sentence of its paragraph whose subject is a person: that person', () => {
  const cases: Array<[string, string, string]> = [
    ['انتهت جولة التوزيع قبل الظهر.\nويعود مازن الشريف إلى بيته المهدم. "لم يبق من الجدار إلا هذا الباب، وسأعيد بناءه وحدي".', 'لم يبق من الجدار إلا هذا الباب، وسأعيد بناءه وحدي', 'مازن الشريف'],
    ['هدأ القصف عند الفجر.\nوقبل أن تغادر، تلتفت نادية الصباغ إلى الحي. "هنا ولدت، وهنا أريد أن أدفن يوما ما".', 'هنا ولدت، وهنا أريد أن أدفن يوما ما', 'نادية الصباغ'],
    ['عقد الاتحاد مؤتمره في الخرطوم.\nووجه طارق عثمان، رئيس الاتحاد، نداء إلى المانحين: "المدارس بلا سقوف، والتلاميذ ينتظرون تحت الشمس".', 'المدارس بلا سقوف، والتلاميذ ينتظرون تحت الشمس', 'طارق عثمان'],
  ];
  for (const [text, quote, speaker] of cases) it(speaker, () => expect(speakerOf(text, quote)).toBe(speaker));
  it('a person deep in the sentence is no subject', () => {
    const text = 'وفي المخيم الذي زرناه صباح اليوم على أطراف المدينة يعيش آلاف النازحين قرب عائلة مازن الشريف. "الشتاء هنا أقسى مما يتخيل أحد".';
    expect(speakerOf(text, 'الشتاء هنا أقسى مما يتخيل أحد')).toBeNull();
  });
  it('a sentence in another paragraph says nothing', () => {
    const text = 'ويعود مازن الشريف إلى بيته المهدم.\n\n"الشتاء هنا أقسى مما يتخيل أحد".';
    expect(speakerOf(text, 'الشتاء هنا أقسى مما يتخيل أحد')).toBeNull();
  });
});
