// A name that is also a common word ("صالح" good, "خالد" eternal, "آمنة" safe)
// names alone a person the text named in full where it is plainly a name:
// right after a speech verb or "أما", or set off before an apposition. Elsewhere
// it stays the common word. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { personMentions } from './support/speaking';

const mentionsOf = (text: string, full: string) => personMentions(text).find((ms) => ms.includes(full)) ?? [];

describe('a common-word given name alone names the person where it is plainly a name', () => {
  it.each([
    ['يقف الخباز صالح الزعبي أمام فرنه منذ الفجر. وقال صالح إن الطحين لا يكفي إلا لساعتين.', 'صالح الزعبي', 2],
    ['جلست الأرملة آمنة الطيب قرب الخيمة مع أطفالها. وأضافت آمنة: "لم نأكل منذ يومين".', 'آمنة الطيب', 2],
    ['يعمل المزارع خالد العبد الله في حقله كل صباح. أما خالد، فيقول إن الموسم ضاع.', 'خالد العبد الله', 2],
    ['وصلت الطالبة نور الحلبي إلى المخيم في الربيع. نور، 24 عاما، تدرس التمريض في الجامعة.', 'نور الحلبي', 2],
  ])('%s', (text, full, count) => {
    expect(mentionsOf(text, full)).toHaveLength(count);
  });

  it('stays the common word elsewhere', () => {
    expect(mentionsOf('يقف الخباز صالح الزعبي أمام فرنه منذ الفجر. ويقول إن العمل صالح للجميع.', 'صالح الزعبي')).toHaveLength(1);
    expect(mentionsOf('جلست الأرملة آمنة الطيب قرب الخيمة. وطالب الأهالي بممرات آمنة للمدنيين.', 'آمنة الطيب')).toHaveLength(1);
  });
});

describe("a gazetteer person's common-word surname after a speech verb", () => {
  it('names the person', () => {
    const text = 'وصل محمد ياسين صالح، وزير الثقافة في سوريا، إلى قاعة العرض صباحا. وقال صالح إن دور النشر عادت بعد غياب.';
    expect(mentionsOf(text, 'محمد ياسين صالح')).toContain('صالح');
  });

  it('stays the common word elsewhere', () => {
    const text = 'وصل محمد ياسين صالح، وزير الثقافة في سوريا، إلى قاعة العرض صباحا. ورأى الزوار أن المكان صالح لمعرض أكبر.';
    expect(mentionsOf(text, 'محمد ياسين صالح')).toEqual(['محمد ياسين صالح']);
  });
});

describe('in a transcript, the common-word given name of a guest named in full', () => {
  it('names the guest after an honorific and as the label of a turn', () => {
    const text = [
      'المذيعة: معنا الآن عبر الهاتف من المكلا الخبير وليد عبد الله العولقي. دكتور وليد، كيف ترى الوضع هناك؟',
      'وليد: الجبهات ليست هادئة والقصف لم يتوقف منذ الصباح.',
    ].join('\n\n');
    expect(mentionsOf(text, 'وليد عبد الله العولقي')).toHaveLength(3);
  });
});
