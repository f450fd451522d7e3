// Names that look like common words, names shared by several bodies, and the
// new kinds of actors of 2024–2026 coverage, read in sentences written for
// these tests. The whole analyzer runs, with the bundled gazetteer.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index';

function ids(text: string): Array<string | null> {
  return analyze(text, { stopEarly: false }).actors.map((a) => a.id);
}
function surfaces(text: string, id: string): string[] {
  const actor = analyze(text, { stopEarly: false }).actors.find((a) => a.id === id);
  return actor ? actor.mentions.map((m) => m.surface) : [];
}

describe('a common word is no name', () => {
  it.each([
    ['ترأس الوزير الاجتماع الطارئ صباح اليوم في مقر الحكومة.', 'liz-truss'],
    ['وترأست اللجنة جلسة مطولة لمناقشة الموازنة.', 'liz-truss'],
    ['سلكت القافلة الطريق المؤدي إلى المستشفى الوحيد في البلدة.', 'narendra-modi'],
    ['أفاد مراسلنا بأن الأسواق فتحت أبوابها صباحا.', 'afad'],
    ['وقررت الوزارة إيفاد بعثة فنية إلى المنطقة المنكوبة.', 'ifad'],
    ['كرم المدير طلابه النجباء في حفل التخرج.', 'harakat-al-nujaba'],
    ['فاز نوفاك ديوكوفيتش بالمباراة بعد ثلاث مجموعات.', 'alexander-novak'],
    ['أقامت البلدية الحزام الأمني حول الحديقة العامة.', 'security-belt-forces'],
  ])('%s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it('the names themselves still mark their bearers', () => {
    expect(ids('وقالت رئيسة الوزراء البريطانية السابقة ليز تراس إن الحكومة أخطأت.')).toContain('liz-truss');
    expect(ids('واستقبل رئيس الوزراء الهندي ناريندرا مودي نظيره في نيودلهي.')).toContain('narendra-modi');
    expect(ids('وأعلنت قوات الحزام الأمني في عدن انتشارها في مديرية المنصورة.')).toContain('security-belt-forces');
    expect(ids('وقال نائب رئيس الوزراء الروسي ألكسندر نوفاك إن إنتاج النفط مستقر.')).toContain('alexander-novak');
  });

  it('a name that is also a word counts where the text is about its conflict', () => {
    const text = 'أعلنت حركة النجباء العراقية أنها استهدفت موقعا في إيلات، فيما قال الجيش الإسرائيلي إن حزب الله أطلق صواريخ. وهددت النجباء بمزيد من الهجمات.';
    expect(surfaces(text, 'harakat-al-nujaba')).toEqual(['حركة النجباء', 'النجباء']);
  });
});

describe('one name, several bodies: the text decides', () => {
  it('«قوى الأمن الداخلي» in Syria is the interior ministry\'s force', () => {
    const text = 'قالت وزارة الداخلية السورية إن قوى الأمن الداخلي انتشرت في مدينة السويداء بعد اشتباكات، وأكد الشيخ حكمت الهجري رفضه دخولها.';
    const found = ids(text);
    expect(found).toContain('syrian-internal-security');
    expect(found).not.toContain('lebanese-isf');
  });

  it('«قوى الأمن الداخلي» in Lebanon is its police', () => {
    const text = 'أوقفت قوى الأمن الداخلي اللبنانية مشتبها به في بيروت، وقال الجيش اللبناني إن حزب الله سلم مواقع جنوب الليطاني وفق اتفاق وقف إطلاق النار مع إسرائيل.';
    const found = ids(text);
    expect(found).toContain('lebanese-isf');
    expect(found).not.toContain('syrian-internal-security');
  });
});

describe('«الأمن العام»: a force where the text is about one, else public order', () => {
  it('is public order in a text about no conflict', () => {
    expect(ids('دعت البلدية السكان إلى احترام القانون وحفظ الأمن العام خلال الاحتفالات.')).toEqual([]);
  });

  it('is Syria\'s General Security in a Syrian text', () => {
    const text = 'قالت وزارة الداخلية السورية إن عناصر الأمن العام دخلوا مدينة جبلة، فيما اتهمت قوات سوريا الديمقراطية الحكومة السورية بخرق الاتفاق.';
    expect(surfaces(text, 'syrian-general-security')).toEqual(['الأمن العام']);
  });
});

describe('rival authorities keep apart', () => {
  it('the Houthi-run health ministry in Sanaa is not the recognized government\'s', () => {
    const text = 'قالت وزارة الصحة في صنعاء إن الغارات الأمريكية أوقعت قتلى، بينما قالت وزارة الصحة اليمنية في عدن إنها سترسل أدوية إلى مأرب.';
    expect(surfaces(text, 'houthi-health-ministry')).toEqual(['وزارة الصحة في صنعاء']);
    expect(surfaces(text, 'yemeni-health-ministry')).toEqual(['وزارة الصحة اليمنية']);
  });

  it('Sudan\'s parallel government is the Tasis alliance', () => {
    const text = 'أعلنت حكومة السلام والوحدة الانتقالية من نيالا تعيين ولاة جدد، ورفض مجلس السيادة السوداني الخطوة.';
    expect(ids(text)).toContain('tasis-alliance');
    expect(ids(text)).toContain('sovereignty-council');
  });
});

describe('economic and international bodies', () => {
  it('finds the IMF, the World Bank and a central bank', () => {
    const text = 'توقع صندوق النقد الدولي انكماش الاقتصاد، وقال البنك الدولي إن الفقر اتسع، فيما رفع البنك المركزي المصري سعر الفائدة.';
    const found = ids(text);
    for (const id of ['imf', 'world-bank', 'central-bank-of-egypt']) expect(found).toContain(id);
  });

  it('finds UNDOF by its short name', () => {
    expect(surfaces('وقالت قوة أندوف إن جنودا إسرائيليين دخلوا المنطقة العازلة في الجولان.', 'undof')).toEqual(['قوة أندوف']);
  });
});

describe('actors of 2023–2026 coverage, several sentences per conflict', () => {
  it.each([
    ['وقال حاكم مقاطعة بريانسك ألكسندر بوغوماز إن الدفاعات الجوية أسقطت مسيرات أوكرانية، فيما أعلن أوليه سينيهوبوف سقوط جرحى في خاركيف.', ['alexander-bogomaz', 'oleh-syniehubov']],
    ['وأكد يوسف المداني أن قوات صنعاء ستواصل عملياتها، بينما قال محافظ البنك المركزي اليمني أحمد غالب المعبقي إن العملة استقرت.', ['yusuf-al-madani', 'ahmed-al-maabqi']],
    ['أعلنت مفوضية العون الإنساني أن قوافل وصلت إلى الفاشر، وقال ياسر عرمان إن الحرب يجب أن تتوقف.', ['humanitarian-aid-commission', 'yasir-arman']],
    ['وقال وزير الصحة السوري مصعب العلي إن المستشفيات استقبلت الجرحى، فيما دعا الشيخ يوسف جربوع إلى التهدئة.', ['musab-al-ali', 'youssef-jarbou']],
    ['وقال نائب رئيس الوزراء الأرميني مهير غريغوريان إن لجنة ترسيم الحدود اجتمعت مع نظيره شاهين مصطفاييف.', ['mher-grigoryan', 'shahin-mustafayev']],
    ['وقال مدير مستشفى كمال عدوان حسام أبو صفية إن الدبابات تحاصر المستشفى، وأكد إياد البزم أن الشرطة ستلاحق اللصوص.', ['hussam-abu-safiya', 'iyad-al-bozom']],
    ['وقالت المديرة العامة لصندوق النقد الدولي كريستالينا جورجيفا إن النمو تباطأ، وحذر ينس لاركه من نفاد الوقود.', ['imf', 'kristalina-georgieva', 'jens-laerke']],
    // Syria: the ministers of the 2025 government, inquiry and election bodies, UN seat
    ['وافتتح وزير التربية محمد عبد الرحمن تركو مدرسة في حمص، بحضور وزير الأوقاف محمد أبو الخير شكري.', ['mohammad-abdulrahman-turko', 'mohammad-abu-al-khair-shukri']],
    ['وبحث وزير النقل يعرب بدر مع وزير الزراعة أمجد بدر إعادة تأهيل الطرق الريفية.', ['yarub-badr', 'amjad-badr']],
    ['وقال مازن الصالحاني إن الفنادق امتلأت، فيما أعلن عبد السلام هيكل عودة الإنترنت إلى درعا.', ['mazen-al-salhani', 'abdulsalam-haykal']],
    ['وأكد القاضي جمعة العنزي أن اللجنة استمعت إلى مئات الشهود، وقال ياسر الفرحان إن التقرير سيسلم إلى الرئاسة.', ['jumaa-al-anzi', 'yasser-al-farhan']],
    ['وأعلن محمد طه الأحمد موعد الاقتراع، بينما قال إبراهيم العلبي أمام مجلس الأمن إن دمشق تريد رفع العقوبات.', ['mohammad-taha-al-ahmad', 'ibrahim-olabi']],
    // Syria: armed groups, the coast and the south, tribes, the old regime
    ['واتهم سليمان عبد الباقي المجلس العسكري بقيادة طارق الشوفي بعرقلة الاتفاق في السويداء.', ['suleiman-abdulbaqi', 'tariq-al-shoufi']],
    ['وتبنى لواء درع الساحل الهجوم، وظهر مقداد فتيحة في تسجيل مصور يهدد قوى الأمن.', ['coastal-shield-brigade', 'miqdad-fteiha']],
    ['ودعا الشيخ إبراهيم الهفل أبناء العشائر إلى النفير، فيما قالت روجهلات عفرين إن وحدات حماية المرأة ستبقى في الرقة.', ['ibrahim-al-hifl', 'rohilat-afrin', 'ypj']],
    ['وانضم عناصر أحرار الشرقية وجيش الإسلام وحركة أحرار الشام إلى فرق الجيش الجديد.', ['ahrar-al-sharqiya', 'jaysh-al-islam', 'ahrar-al-sham']],
    ['وأصدر القضاء الفرنسي مذكرات توقيف بحق علي مملوك وجميل حسن، بعد أيام من اعتقال عاطف نجيب في اللاذقية.', ['ali-mamlouk', 'jamil-hassan', 'atef-najib']],
    // Karabakh / Armenia–Azerbaijan
    ['وقال المدعي العام كامران علييف إن المحكمة العسكرية في باكو ستحاكم أركادي غوكاسيان وباكو ساهاكيان.', ['kamran-aliyev', 'arkadi-ghukasyan', 'bako-sahakyan']],
    ['والتقى رئيس الأركان الأرميني إدوارد أسريان نظراءه، بينما أعلن فيلايات إيفازوف توقيف مهربين على الحدود.', ['edward-asryan', 'vilayat-eyvazov']],
    ['واجتمع روبين روبينيان مع سردار كيليتش لبحث فتح الحدود بين تركيا وأرمينيا.', ['ruben-rubinyan', 'serdar-kilic']],
    ['وقال محامي رئيس الأساقفة ميكائيل أجابهيان إن موكله سيطعن في الحكم أمام محكمة الاستئناف في يريفان.', ['mikael-ajapahyan']],
    // Sudan
    ['وتفقد وزير الدفاع حسن كبرون القوات في أم درمان، وقال وزير الداخلية بابكر سمرة إن الشرطة عادت إلى الخرطوم.', ['hassan-kabroun', 'babiker-samra']],
    ['وفرضت واشنطن عقوبات على القوني حمدان دقلو، فيما التقى أحمد إبراهيم مفضل مسؤولين مصريين.', ['algoney-hamdan-dagalo', 'ahmed-mufaddal']],
    ['وقال جعفر الميرغني إن الحرب يجب أن تنتهي بالتفاوض، ورد عليه بابكر فيصل بأن الحل مدني.', ['jaafar-al-mirghani', 'babiker-faisal']],
    ['ودعا الحزب الشيوعي السوداني وتجمع المهنيين السودانيين إلى وقف الحرب، فيما رحبت الجبهة الثورية بالمبادرة.', ['sudanese-communist-party', 'sudanese-professionals-association', 'sudan-revolutionary-front']],
    ['وقال محمد الفكي سليمان إن المدنيين يدفعون ثمن الحرب في كردفان.', ['mohamed-al-faki-suleiman']],
    ['وأعلن جهاز الأمن القومي الأرميني إحباط مخطط، بينما نددت الكنيسة الرسولية الأرمنية بتوقيف أحد أساقفتها.', ['armenian-nss', 'armenian-apostolic-church']],
    ['وقالت دائرة حرس الحدود الأذربيجانية إن دورياتها ضبطت شحنة مخدرات قرب الحدود مع إيران.', ['azerbaijani-border-service']],
    // Gaza
    ['وقال مدير مجمع الشفاء محمد أبو سلمية إن الأطباء يعملون بلا كهرباء، فيما أكد رائد النمس أن طواقم الإسعاف لم تصل.', ['mohammed-abu-salmiya', 'raed-al-nims']],
    ['ونعت نقابة الأطباء مروان السلطان، وذكّرت بوفاة الجراح عدنان البرش في السجن قبل عام.', ['marwan-al-sultan', 'adnan-al-bursh']],
    // Yemen
    ['وترأس سلطان البركاني جلسة لمجلس النواب في عدن ناقشت الموازنة وانهيار العملة.', ['sultan-al-barakani']],
    // Russia–Ukraine
    ['وحذر ألكسندر غروشكو من نشر قوات أوروبية، فيما قال أندريه كارتابولوف إن الجيش سيواصل التقدم.', ['alexander-grushko', 'andrei-kartapolov']],
  ])('%s', (text, expected) => {
    const found = ids(text);
    for (const id of expected) expect(found).toContain(id);
  });

  it('a brother of the president and a minister share no name with him', () => {
    const found = ids('وقال ماهر الشرع إن الرئاسة تتابع الملف، بينما التقى الرئيس أحمد الشرع وفدا أمريكيا.');
    expect(found).toContain('maher-al-sharaa');
    expect(found).toContain('ahmed-al-sharaa');
    expect(surfaces('وقال ماهر الشرع إن الرئاسة تتابع الملف.', 'ahmed-al-sharaa')).toEqual([]);
  });

  it('bare short forms that other countries share stay out', () => {
    expect(ids('وقال حارس دير الكنيسة الأرمنية في القدس إن المستوطنين حاولوا اقتحام الأرض.')).not.toContain('armenian-apostolic-church');
    expect(ids('وأصدر تجمع المهنيين الأردنيين بيانا يطالب بزيادة الأجور.')).not.toContain('sudanese-professionals-association');
  });

  it('Baku the capital and Bako Sahakyan stay apart', () => {
    const found = ids('وقالت باكو إن ساهاكيان سيمثل أمام القضاء.');
    expect(found).toContain('azerbaijan');
    expect(found).toContain('bako-sahakyan');
    expect(surfaces('وسيمثل باكو ساهاكيان أمام المحكمة العسكرية.', 'azerbaijan')).toEqual([]);
  });
});
