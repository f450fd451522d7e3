// A participle after a body's statement ("وجاء في بلاغ صادر عن الدفاع المدني
// أن …، محذراً من "…"") goes on with that body when the body's name as printed
// agrees with it, even where the gazetteer's own name for it has the other
// gender; a participle of the other gender still finds the person named in the
// sentence ("أما باكو فشددت على لسان وزير خارجيتها X …، معتبراً"). Texts of
// our own writing.
import { describe } from 'vitest';
import { itSaysWho } from './support/speaking';

const BEFORE = 'وكان الوزير رائد منصور الخطيب قد صرح في مقابلة بأن "الإعمار يبدأ بالماء".\n\n';

describe('a participle goes on with the body of the statement', () => {
  itSaysWho(
    [
      ['وجاء في بلاغ صادر عن الدفاع المدني السوري مساء الأحد أن طواقمه انتشلت عشرات الجثث، محذراً الأهالي من "الاقتراب من المباني المتصدعة".', 'الاقتراب من المباني المتصدعة', 'الدفاع المدني السوري'],
      ['وجاء في بلاغ صادر عن الهلال الأحمر العربي السوري ظهر السبت أن قوافله بلغت القرى الجبلية، مؤكداً أن "الاحتياجات تفوق الإمكانات".', 'الاحتياجات تفوق الإمكانات', 'الهلال الأحمر العربي السوري'],
    ],
    BEFORE,
  );
});

describe('a participle of the other gender finds the person of the sentence', () => {
  itSaysWho(
    [['أما باكو، فشددت على لسان وزير خارجيتها جيهون بيراموف تمسكها بفتح الممر، معتبراً أن "أذربيجان لن تنتظر إلى الأبد".', 'أذربيجان لن تنتظر إلى الأبد', 'جيهون بيراموف']],
    BEFORE,
  );
});

describe('a title without a name right after someone quoted is no title of theirs', () => {
  itSaysWho([
    ['أما جاره منير الحلو فيقول إن الأسعار تضاعفت. "لا نملك شيئا"، يضيف منير.\n\nوقال مندوب برنامج الأغذية العالمي لدى اليمن إن ملايين الأسر تحتاج الغذاء، مشيراً إلى أن "التمويل تراجع إلى النصف".', 'التمويل تراجع إلى النصف', 'برنامج الأغذية العالمي'],
    ['"نعيش على الخبز وحده"، يقول سالم الرفاعي.\n\nوقال مندوب منظمة الصحة العالمية في اليمن إن الأوبئة تنتشر، محذرا من أن "المستشفيات على وشك الانهيار".', 'المستشفيات على وشك الانهيار', 'منظمة الصحة العالمية'],
  ]);
});
