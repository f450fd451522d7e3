// A participle after a body's statement ("وجاء في بيان صادر عن الدفاع المدني
// أن …، محذراً من "…"") goes on with that body when the body's name as printed
// agrees with it, even where the gazetteer's own name for it has the other
// gender; a participle of the other gender still finds the person named in the
// sentence ("أما أنقرة فجددت على لسان وزير خارجيتها X …، معتبراً"). Texts of
// our own writing.
import { describe } from 'vitest';
import { itSaysWho } from './support/speaking';

const BEFORE = 'وكان الرئيس السوري أحمد الشرع قد أكد في خطاب أن "العودة هي المعيار".\n\n';

describe('a participle goes on with the body of the statement', () => {
  itSaysWho(
    [
      ['وجاء في بيان صادر عن الدفاع المدني السوري أن فرقه أزالت آلاف الذخائر، محذراً العائدين من "دخول الحقول قبل مسحها".', 'دخول الحقول قبل مسحها', 'الدفاع المدني السوري'],
      ['وجاء في بيان صادر عن الهلال الأحمر العربي السوري أن قوافله وصلت إلى القرى، مؤكداً أن "الاحتياجات تفوق الإمكانات".', 'الاحتياجات تفوق الإمكانات', 'الهلال الأحمر العربي السوري'],
    ],
    BEFORE,
  );
});

describe('a participle of the other gender finds the person of the sentence', () => {
  itSaysWho(
    [['أما أنقرة، فجددت على لسان وزير خارجيتها هاكان فيدان رفضها للتشكيلات المسلحة، معتبراً أن "تركيا لن تصبر طويلا على هذا الوضع".', 'تركيا لن تصبر طويلا على هذا الوضع', 'هاكان فيدان']],
    BEFORE,
  );
});

describe('a title without a name right after someone quoted is no title of theirs', () => {
  itSaysWho([
    ['أما جاره سمير الحلو فيقول إن الإيجارات تضاعفت. "لا خيار لنا"، يضيف سمير.\n\nوقال ممثل المفوضية السامية للأمم المتحدة لشؤون اللاجئين في سوريا إن مليون لاجئ عادوا، مشيراً إلى أن "التمويل لا يكفي".', 'التمويل لا يكفي', 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين'],
    ['"نعيش على الخبز وحده"، يقول سالم الرفاعي.\n\nوقال مندوب منظمة الصحة العالمية في اليمن إن الأوبئة تنتشر، محذرا من أن "المستشفيات على وشك الانهيار".', 'المستشفيات على وشك الانهيار', 'منظمة الصحة العالمية'],
  ]);
});
