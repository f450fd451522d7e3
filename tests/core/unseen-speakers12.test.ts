// Speakers of unseen text (issue 9, speakers12): a live-blog speaker before an aside and a colon, a clause
// opened by "قد" before its verb, "بالقول" after a name with an apposition, and "الوكالة" that is the UN
// agency named before rather than a news agency. Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { speakerIdOf as speakerOf } from './support/speaking';

describe('a live-blog entry "X، aside: «…»": the speaker stands before the aside', () => {
  const cases: Array<[string, string, string]> = [
    ['16:40 — فولوديمير زيلينسكي، في كلمته المسائية المعتادة: «سنرد على كل ضربة تطال محطات الطاقة».', 'سنرد على كل ضربة تطال محطات الطاقة', 'volodymyr-zelensky'],
    ['08:15 — عبد الفتاح البرهان، في جولة على مواقع الجيش قرب بورتسودان: "لا تفاوض قبل انسحاب المتمردين من المدن".', 'لا تفاوض قبل انسحاب المتمردين من المدن', 'abdel-fattah-al-burhan'],
    ['12:00 — المبعوث الأممي هانس غروندبرغ، أمام مجلس الأمن: «الفرصة ما زالت قائمة لكنها تضيق كل يوم».', 'الفرصة ما زالت قائمة لكنها تضيق كل يوم', 'hans-grundberg'],
    ['19:20 — مدير الإسعاف في المدينة، الطبيب مازن عكاشة، لموقعنا: "ننقل الجرحى بسيارات مدنية لأن سياراتنا احترقت".', 'ننقل الجرحى بسيارات مدنية لأن سياراتنا احترقت', 'مازن عكاشة'],
    ['21:05 — بنيامين نتنياهو، للصحفيين بعد اجتماع المجلس الوزاري: «لن نوقف العملية قبل أن نحقق أهدافها».', 'لن نوقف العملية قبل أن نحقق أهدافها', 'benjamin-netanyahu'],
  ];
  for (const [text, quote, speaker] of cases) it(speaker, () => expect(speakerOf(text, quote)).toBe(speaker));

  it('an anonymous source before the aside stays without a name', () => {
    const text = '10:10 — مصدر عسكري، في اتصال هاتفي: «القصف طال ثلاثة أحياء منذ الفجر ولم يتوقف».';
    expect(speakerOf(text, 'القصف طال ثلاثة أحياء منذ الفجر ولم يتوقف')).toBeNull();
  });
});

describe('"فقد رحب X بالخطوة، معتبرا": a clause opened by قد before its verb has X as its subject', () => {
  const opening = 'وقال فولوديمير زيلينسكي إن أوكرانيا "ترفض أي هدنة مؤقتة".\n\n';
  const cases: Array<[string, string, string]> = [
    ['أما في أنقرة، فقد رحب وزير خارجية تركيا هاكان فيدان بالمبادرة، معتبرا أنها "فرصة حقيقية لوقف إطلاق النار قبل الشتاء".', 'فرصة حقيقية لوقف إطلاق النار قبل الشتاء', 'hakan-fidan'],
    ['وقد أشاد رئيس أذربيجان إلهام علييف بالاتفاق، واصفا إياه بأنه "صفحة جديدة في تاريخ المنطقة كلها".', 'صفحة جديدة في تاريخ المنطقة كلها', 'ilham-aliyev'],
    ['لقد انتقد رئيس الوزراء الإسرائيلي بنيامين نتنياهو الخطة، مؤكدا أنها "لا تضمن أمن المدن الإسرائيلية في الجنوب".', 'لا تضمن أمن المدن الإسرائيلية في الجنوب', 'benjamin-netanyahu'],
  ];
  for (const [sentence, quote, id] of cases) it(id, () => expect(speakerOf(opening + sentence, quote)).toBe(id));
});

describe('"X، العاملة مع منظمة Y، وصفت … بالقول:": the person before the apposition speaks, not the body in it', () => {
  const cases: Array<[string, string, string]> = [
    ['الممرضة هدى سلامة، العاملة مع منظمة الصحة العالمية، وصفت حالة المرضى هنا بالقول:\n"الأطفال يصلون إلينا بعد أيام من الإصابة".', 'الأطفال يصلون إلينا بعد أيام من الإصابة', 'هدى سلامة'],
    ['المهندس كريم داود، العامل مع منظمة أطباء بلا حدود، لخص الوضع هناك بالقول: "المياه الصالحة للشرب صارت أغلى من الطعام".', 'المياه الصالحة للشرب صارت أغلى من الطعام', 'كريم داود'],
    ['الطبيبة منى الخطيب، المتطوعة لدى منظمة أطباء بلا حدود، وصفت المشهد في المخيم بالقول: "الناس يصلون حفاة بعد أسبوع من المشي".', 'الناس يصلون حفاة بعد أسبوع من المشي', 'منى الخطيب'],
  ];
  for (const [text, quote, name] of cases) it(name, () => expect(speakerOf(text, quote)).toBe(name));
});

describe('"الوكالة" after a UN agency of that name is the agency, not a news agency', () => {
  it('the agency named before speaks', () => {
    const text = 'حذرت وكالة غوث وتشغيل اللاجئين الفلسطينيين من نفاد الطحين. وكتبت الوكالة على منصة إكس: «المخازن فارغة في الشمال ولا شاحنات في الطريق».';
    expect(speakerOf(text, 'المخازن فارغة في الشمال ولا شاحنات في الطريق')).toBe('unrwa');
  });
  it('so does the nuclear agency', () => {
    const text = 'قالت الوكالة الدولية للطاقة الذرية إن مفتشيها وصلوا إلى المحطة. وأضافت الوكالة في بيان: "الوضع في محيط المحطة ما زال هشا جدا".';
    expect(speakerOf(text, 'الوضع في محيط المحطة ما زال هشا جدا')).toBe('iaea');
  });
  it('a news agency named since is the one meant', () => {
    const text = 'حذرت وكالة غوث وتشغيل اللاجئين الفلسطينيين من نفاد الطحين. ونقلت وكالة رويترز عن سكان أن الأسواق خالية، وأضافت الوكالة: «الطوابير أمام المخابز تمتد لساعات».';
    expect(speakerOf(text, 'الطوابير أمام المخابز تمتد لساعات')).not.toBe('unrwa');
  });
});

describe('"قال وهو يلوح نحو لوحة معلقة:": a feminine participle after an indefinite feminine noun is its adjective, no cue', () => {
  const lead = 'وأكدت منظمة الصحة العالمية في بيان أن "المستشفيات تنهار أمام أعيننا ولا أحد يتحرك".\n\n';
  const cases: Array<[string, string, string]> = [
    ['قبل أن نغادر، استوقفنا الممرض جابر أبو ريا، زميل الطبيبة منذ سنوات. قال وهو يشير إلى لوحة معلقة على الجدار: "رسمها زميلنا قبل أن يرحل بأسبوع".', 'رسمها زميلنا قبل أن يرحل بأسبوع', 'جابر أبو ريا'],
    ['وعند الباب وقف المعلم سامر الحايك. قال وهو يشير إلى خريطة معلقة فوق اللوح: "هنا كانت مدرستنا قبل القصف".', 'هنا كانت مدرستنا قبل القصف', 'سامر الحايك'],
    ['ثم التقينا الصياد عادل قشطة عند الميناء. أضاف وهو يرفع شبكة معلقة على الحائط: "البحر لم يعد يعطينا شيئا منذ الحرب".', 'البحر لم يعد يعطينا شيئا منذ الحرب', 'عادل قشطة'],
  ];
  for (const [text, quote, name] of cases) it(name, () => expect(speakerOf(lead + text, quote)).toBe(name));
});

describe('"الناطق باسم الجهاز، الرائد X": "باسم" after a role links the body, no given name', () => {
  it('the officer named after the comma speaks', () => {
    const text = 'وأوضح الناطق باسم الجهاز، الرائد سامي أبو ليلى، أن طواقمه "لا تستطيع الوصول إلى الأحياء الشرقية بسبب الركام".';
    expect(speakerOf(text, 'لا تستطيع الوصول إلى الأحياء الشرقية بسبب الركام')).toBe('سامي أبو ليلى');
  });
});

describe('"أما X في اليمن فحذرت": a verb with ف answering أما takes the topic, not the place right before it', () => {
  const lead = 'وقالت وزيرة الخارجية الألمانية إن الوضع صعب.\n\n';
  const cases: Array<[string, string, string]> = [
    ['أما مديرة برنامج الأغذية العالمي في السودان فحذرت في مؤتمر صحفي من تقليص التمويل. وأضافت أن "الأطفال أول من يدفع الثمن في كل مكان".', 'الأطفال أول من يدفع الثمن في كل مكان', 'wfp'],
    ['أما ممثلة منظمة الصحة العالمية في السودان فأكدت انتشار الكوليرا في المخيمات. وقالت إن "المخيمات بلا مياه نظيفة منذ أسابيع".', 'المخيمات بلا مياه نظيفة منذ أسابيع', 'who'],
  ];
  for (const [text, quote, id] of cases) it(id, () => expect(speakerOf(lead + text, quote)).toBe(id));
});

describe('a speaker named before a colon with no verb ("X: «…»") is whom a later bare verb goes on with', () => {
  const lead = 'وقالت حركة حماس في بيان إن "الاحتلال يعرقل دخول الخيام".\n\n';
  const cases: Array<[string, string, string]> = [
    ['13:15\nالمتحدثة باسم وكالة الأونروا سلمى داود: "لدينا آلاف الخيام في مستودعاتنا وهي جاهزة منذ أشهر". وتابعت: «الشتاء لا ينتظر القرارات السياسية».', 'الشتاء لا ينتظر القرارات السياسية', 'سلمى داود'],
    ['16:40\nمديرة المستشفى الميداني رنا العطار: «استقبلنا ثلاثين جريحا منذ الظهر». وأضافت: «نحتاج إلى وحدات دم من كل الفئات».', 'نحتاج إلى وحدات دم من كل الفئات', 'رنا العطار'],
  ];
  for (const [text, quote, name] of cases) it(name, () => expect(speakerOf(lead + text, quote)).toBe(name));
});

describe('an official named in apposition ("مسؤولة الإعلام فيها، X Y:") is no anonymous source', () => {
  const cases: Array<[string, string, string]> = [
    ['وأكدت جمعية الهلال الأحمر أنها أرسلت متطوعين، وقالت مسؤولة الإعلام فيها، سناء الخطيب: «نحتاج إلى الأغطية والماء قبل أي شيء آخر».', 'نحتاج إلى الأغطية والماء قبل أي شيء آخر', 'سناء الخطيب'],
    ['وأعلنت البلدية فتح مراكز إيواء جديدة، وقال مسؤول الطوارئ فيها، كمال الحسيني: "المراكز امتلأت خلال ساعات قليلة".', 'المراكز امتلأت خلال ساعات قليلة', 'كمال الحسيني'],
  ];
  for (const [text, quote, name] of cases) it(name, () => expect(speakerOf(text, quote)).toBe(name));

  it('a source close to a person named without a comma stays anonymous', () => {
    const text = 'وقال مصدر مقرب من الرئيس فلاديمير بوتين إن "الرد سيأتي في الوقت المناسب".';
    expect(speakerOf(text, 'الرد سيأتي في الوقت المناسب')).toBeNull();
  });
});

describe('"وأضافت بلهجة محلية ممزوجة بكلمات أجنبية:": how the words came is no body that speaks', () => {
  it('the speaker before goes on', () => {
    const text = 'وقالت الجدة ماريا هاكوبيان إن العيد لم يتغير. وأضافت بلهجة محلية ممزوجة بكلمات أرمنية: "كل سنة نقول إنها الأخيرة ونعود".';
    expect(speakerOf(text, 'كل سنة نقول إنها الأخيرة ونعود')).toBe('ماريا هاكوبيان');
  });
});

describe('a headline "X ترفض … وتصفه بأنه «…»": the actor opening the sentence with a present-tense verb speaks the later verb', () => {
  const cases: Array<[string, string, string]> = [
    ['الخارجية السودانية تنتقد قرار "الاتحاد الأفريقي" وتصفه بأنه "تدخل سافر في الشؤون الداخلية"\n\nأصدرت الوزارة بيانا أمس.', 'تدخل سافر في الشؤون الداخلية', 'sudanese-mfa'],
    ['روسيا تتهم كييف بعرقلة المفاوضات وتقول إن "الغرب يدفعها إلى التصعيد في كل مرة"\n\nقال الكرملين أمس إن المحادثات متعثرة.', 'الغرب يدفعها إلى التصعيد في كل مرة', 'russia'],
    ['أذربيجان تنتقد قرار البرلمان الأوروبي وتعتبره "انحيازا مكشوفا لطرف واحد"\n\nنددت باكو بالقرار.', 'انحيازا مكشوفا لطرف واحد', 'azerbaijan'],
  ];
  for (const [text, quote, id] of cases) it(id, () => expect(speakerOf(text, quote)).toBe(id));
});
