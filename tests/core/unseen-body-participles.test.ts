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
