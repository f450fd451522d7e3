// Interviews written up as questions and answers: an answer given whole in
// quotation marks is the interviewee's, the person the lead introduces; a
// quote further into an answer is someone the interviewee quotes. Texts of our
// own writing.
import { describe, expect, it } from 'vitest';
import { direct, speakerOf } from './support/speaking';

type AnswerCase = { name: string; text: string; quote: string; speaker: string };
/** One test per case: the quote's speaker. */
function itAnswers(cases: AnswerCase[]): void {
  for (const c of cases) it(c.name, () => expect(speakerOf(c.text, c.quote)).toBe(c.speaker));
}


describe('interview answers', () => {
  const CASES: AnswerCase[] = [
    {
      name: 'س/ج, the lead names the interviewee after حاورت',
      text: 'مزارع من درعا: "الأرض عطشى منذ ثلاثة مواسم"\n\nحاورت "الوطن" المزارع السوري جميل الحوراني في حقله شرق المدينة.\n\nس: كيف كان الموسم؟\n\nج: "أسوأ موسم أذكره، لم نحصد نصف ما زرعنا".\n\nس: وما الذي تحتاجونه؟\n\nج: "بئرا واحدة ومضخة تعمل بالطاقة الشمسية".',
      quote: 'بئرا واحدة ومضخة تعمل بالطاقة الشمسية',
      speaker: 'جميل الحوراني',
    },
    {
      name: 'سؤال/جواب, the interviewee after في مقابلة',
      text: 'في مقابلة مع "المدى"، تحدثت المعلمة الأوكرانية أولغا ميلنيك عن مدرستها في خاركيف.\n\nسؤال: هل عاد التلاميذ؟\n\nجواب: «عاد نصفهم فقط، والباقون يدرسون عبر الإنترنت».\n\nسؤال: ماذا تقولين لأهاليهم؟\n\nجواب: «المدرسة مفتوحة لكل من يستطيع المجيء».',
      quote: 'عاد نصفهم فقط، والباقون يدرسون عبر الإنترنت',
      speaker: 'أولغا ميلنيك',
    },
    {
      name: 'س - / ج - with dashes',
      text: 'التقينا الممرض السوداني عثمان الطاهر في مستشفى بمدينة كسلا.\n\nس - كم مريضا تستقبلون يوميا؟\n\nج - "أكثر من مئتين، ونحن ستة ممرضين فقط".\n\nس - وما الذي ينقصكم؟\n\nج - "الأدوية قبل كل شيء".',
      quote: 'أكثر من مئتين، ونحن ستة ممرضين فقط',
      speaker: 'عثمان الطاهر',
    },
    {
      name: 'answers unmarked, each right after a question',
      text: 'أجرى موقع "الساحل" لقاء مع الصياد اليمني ناصر العبسي في ميناء الخوخة.\n\nس: متى خرجت آخر مرة إلى البحر؟\n\n"قبل أسبوع، وعدت بصندوقين من السمك فقط".\n\nس: ولماذا قل الصيد؟\n\n"الوقود غال، والقوارب الكبيرة تأخذ كل شيء".',
      quote: 'الوقود غال، والقوارب الكبيرة تأخذ كل شيء',
      speaker: 'ناصر العبسي',
    },
    {
      name: 'the headline quote of an interview, nobody named before it',
      text: 'حوار | سائقة إسعاف في غزة: "نصل دائما متأخرين"\n\nالتقت "الحدث" سائقة الإسعاف الفلسطينية هالة أبو ريا بعد نوبة عمل طويلة.\n\nس: ما أصعب ما في عملك؟\n\nج: "الطرق المقطوعة، نلف ساعة لنقطع مسافة دقائق".',
      quote: 'نصل دائما متأخرين',
      speaker: 'هالة أبو ريا',
    },
    {
      name: 'no word that introduces the interview: the lead person named most',
      text: 'تعمل الطبيبة الأرمنية آني بتروسيان منذ عامين في عيادة متنقلة قرب يريفان. وتقول بتروسيان إن العيادة تستقبل عائلات كثيرة.\n\nس: من هم مرضاك؟\n\nج: "عائلات جاءت من قره باغ، وأغلبهم من كبار السن".\n\nس: هل تكفي الأدوية؟\n\nج: "تكفي أسبوعين في الشهر فقط".',
      quote: 'تكفي أسبوعين في الشهر فقط',
      speaker: 'آني بتروسيان',
    },
  ];
  itAnswers(CASES);

  it('a quote further into an unquoted answer is someone the interviewee quotes, not the interviewee', () => {
    const text =
      'التقت "الخليج" المعلمة اليمنية سلمى القدسي في مدرستها بتعز.\n\nس: ماذا يقول لك التلاميذ؟\n\nج: أمس جاءني تلميذ وقال لي: "يا أستاذة، متى نعود إلى صفنا القديم؟".\n\nس: وبماذا أجبته؟\n\nج: قلت له إن المدرسة في قلوبنا قبل جدرانها.';
    expect(speakerOf(text, 'يا أستاذة، متى نعود إلى صفنا القديم؟')).not.toBe('سلمى القدسي');
  });

  it('a question line in an ordinary article makes no interview', () => {
    const text = 'وقال وزير الصحة سامي النعيمي إن الوضع تحسن.\n\nس: سؤال طرحه الصحفيون على الوزير.\n\n"نحتاج إلى مزيد من اللقاحات قبل الخريف".';
    expect(speakerOf(text, 'نحتاج إلى مزيد من اللقاحات قبل الخريف')).not.toBe('س');
  });

  it('an interview whose lead names no person gives its answers to no one by this rule', () => {
    const text = 'حوار مع لجنة الإغاثة في المدينة حول الشتاء المقبل.\n\nس: هل أنتم مستعدون؟\n\nج: "جمعنا نصف ما نحتاجه من البطانيات".';
    expect(speakerOf(text, 'جمعنا نصف ما نحتاجه من البطانيات')).toBeNull();
  });
});

describe('a few questions put to someone the article has just quoted ("سألناه")', () => {
  const CASES: AnswerCase[] = [
    {
      name: 'an expert quoted, then سألناه and dashed questions',
      text: 'أبدى سيرغي لافروف، رئيس الدبلوماسية الروسية، انفتاح موسكو على الحوار. وكرر لافروف موقفه أمام الصحفيين.\n\nويعتقد المحلل العسكري الأوكراني ميكولا دانيليوك أن الجبهة الشرقية "تتحرك ببطء". سألناه عن الشتاء المقبل:\n\n- هل ستتوقف المعارك مع البرد؟\n\n- "لن تتوقف، لكنها ستتغير: مسيرات أكثر ومدفعية أقل".\n\n- وماذا عن المفاوضات؟\n\n- "لا أرى طاولة قبل الربيع".',
      quote: 'لا أرى طاولة قبل الربيع',
      speaker: 'ميكولا دانيليوك',
    },
    {
      name: 'a doctor, then وسألناها and س/ج marks',
      text: 'أعلن المتحدث باسم الجيش السوداني نبيل عبد الله استعادة مواقع جديدة، وقال عبد الله إن القوات تتقدم.\n\nوتعمل الطبيبة السودانية آمنة الفكي في مستشفى النو منذ بداية الحرب، وسألناها عن أحوال الجرحى:\n\nس: كم جريحا يصلكم يوميا؟\n\nج: "العشرات، وأحيانا أكثر من مئة في يوم واحد".\n\nس: وما الذي ينقصكم؟\n\nج: "الدم والشاش وأطباء التخدير".',
      quote: 'الدم والشاش وأطباء التخدير',
      speaker: 'آمنة الفكي',
    },
    {
      name: 'a fisherman met after the officials spoke (التقيناه)',
      text: 'قال المبعوث الأممي هانس غروندبرغ إن الهدنة صامدة. وأكد غروندبرغ أن الأطراف ملتزمة.\n\nأما الصياد اليمني سالم باحميد فيرى الأمر من قاربه في ميناء المكلا، وقد التقيناه عند عودته:\n\n- هل تغير شيء منذ الهدنة؟\n\n- "صرنا نبحر أبعد قليلا، لكن الخوف لم يذهب".\n\n- وهل يكفي الصيد؟\n\n- "بالكاد يكفي لإطعام أولادي الخمسة".',
      quote: 'بالكاد يكفي لإطعام أولادي الخمسة',
      speaker: 'سالم باحميد',
    },
  ];
  itAnswers(CASES);
});

describe('the introduction nearest to the questions names the interviewee', () => {
  it('a woman asked one question in passing, then an expert asked several', () => {
    const text = 'عاد عشرات الأسرى الأوكرانيين مساء الجمعة في صفقة تبادل جديدة.\n\nعند المعبر كانت الأم أولينا بوندار تنتظر ابنها. سألناها عن شعورها، فأجابت: «لن أصدق حتى أحضنه».\n\nوعن مستقبل المفاوضات، سألنا المحلل السياسي الأوكراني تاراس زاغورودني:\n\nس: هل تفتح الصفقة بابا لمحادثات أوسع؟\n\nج: «التبادل مسار إنساني منفصل، ولا يدل على شيء في السياسة».\n\nس: ومن يعطل التسوية؟\n\nج: «كل عاصمة تظن أن الزمن في صالحها».';
    expect(speakerOf(text, 'كل عاصمة تظن أن الزمن في صالحها')).toBe('تاراس زاغورودني');
  });
});
