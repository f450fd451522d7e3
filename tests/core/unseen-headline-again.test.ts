// A headline's quote that the body quotes again is the body speaker's, when the
// headline names only a description ("ممرضة في المخيم: «…»") or nobody; a headline
// that names its speaker keeps them. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { direct, itSaysWho } from './support/speaking';

describe('a headline quoted again in the body', () => {
  const CASES: Array<[string, string, string]> = [
    ['ممرضة في مخيم زمزم: "الماء النظيف صار حلما"\n\nالفاشر – في خيمة العيادة تعمل الممرضة السودانية آمنة إسحاق منذ أشهر وسط القصف والحصار. وقالت آمنة إسحاق: «نعالج العشرات كل يوم. الماء النظيف صار حلما في هذا المخيم».', 'الماء النظيف صار حلما', 'آمنة إسحاق'],
    ['مزارع من الجنوب: «الأرض مزروعة بالألغام»\n\nخيرسون – بعد انسحاب القوات الروسية عاد المزارع الأوكراني بترو سافتشينكو إلى حقله. وقال بترو سافتشينكو: «لا أستطيع الحرث. الأرض مزروعة بالألغام من كل جانب».', 'الأرض مزروعة بالألغام', 'بترو سافتشينكو'],
  ];
  itSaysWho(CASES);

  it('a headline that names its speaker keeps them', () => {
    const text = 'زيلينسكي: «لن نتنازل عن أي أرض»\n\nكييف – أكد فولوديمير زيلينسكي، رئيس أوكرانيا، أن بلاده تواجه هجوما روسيا واسعا. وقال المتحدث باسم الجيش: «لن نتنازل عن أي أرض مهما كان الثمن».';
    expect(direct(text)).toContainEqual(['لن نتنازل عن أي أرض', 'زيلينسكي']);
  });
});
