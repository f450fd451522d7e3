// Pattern E: a title whose complement names a body ("بمستشفى المدينة",
// "بمجمع ناصر الطبي"), then the person in apposition, maybe after "د.".
import { describe, expect, it } from 'vitest';
import { direct, unknownNames } from './support/speaking';

const LEAD = 'شنت الطائرات غارات على أحياء المدينة الليلة الماضية، وأعلن الدفاع المدني سقوط ضحايا.\n\n';

describe('a title, a complement with ب and the person after the comma', () => {
  const cases: Array<[string, string, string]> = [
    ['وقالت الطبيبة بمستشفى المدينة، د. رنا العابد، إن "غرف العمليات لم تعد تتسع لأحد".', 'رنا العابد', 'غرف العمليات لم تعد تتسع لأحد'],
    ['وقال الممرض بمجمع ناصر الطبي، سليم حمدان، إن «الجرحى ينامون على الأرض منذ أيام».', 'سليم حمدان', 'الجرحى ينامون على الأرض منذ أيام'],
    ['وقالت الممرضة بمستشفى الأمل، هالة منصور، إن ‹‹الكهرباء تنقطع عن الحاضنات كل ساعة››.', 'هالة منصور', 'الكهرباء تنقطع عن الحاضنات كل ساعة'],
    ['وقال الطبيب بمستشفى الشفاء، د. وائل الكردي، إن “المولدات ستتوقف خلال يومين فقط”.', 'وائل الكردي', 'المولدات ستتوقف خلال يومين فقط'],
    ['وقال الممرض في مجمع الشفاء الطبي، كريم داود، إن "الممرات امتلأت بالمصابين منذ الفجر".', 'كريم داود', 'الممرات امتلأت بالمصابين منذ الفجر'],
    ['وقالت الطبيبة بمجمع العودة الصحي، د. سناء حجازي: «نعمل بلا كهرباء ولا ماء منذ أسبوع».', 'سناء حجازي', 'نعمل بلا كهرباء ولا ماء منذ أسبوع'],
  ];
  for (const [sentence, speaker, quote] of cases) {
    it(sentence.slice(0, 40), () => {
      const text = LEAD + sentence;
      expect(direct(text)).toEqual([[quote, speaker]]);
      expect(unknownNames(text)).toContain(speaker);
    });
  }

  it('the body named after the complement head is no person', () => {
    const text = `${LEAD}وقال الممرض بمجمع ناصر الطبي، سليم حمدان، إن "الجرحى ينامون على الأرض منذ أيام".`;
    expect(unknownNames(text)).not.toContain('ناصر الطبي');
  });

  it('a period after "د" that ends a sentence still ends it', () => {
    const text = `${LEAD}وصل المصابون إلى مستشفى البلد. وقالت رنا العابد: "لا أسرة فارغة هنا منذ الصباح".`;
    expect(direct(text)).toEqual([['لا أسرة فارغة هنا منذ الصباح', 'رنا العابد']]);
  });
});
