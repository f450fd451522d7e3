// A gazetteer name that is also a common noun ("حماس", enthusiasm) used as the
// noun, in a text about something else, names no actor; in news about its
// conflict (named otherwise, or two other actors of it named) the movement stays
// ("وتتبادل إسرائيل وحماس الاتهامات", "قيادي بحماس").
// data/ambiguous.json commonNouns. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

const ids = (text: string) => analyze(text, { stopEarly: false }).actors.map((a) => a.id);

describe('the noun "حماس" on a page about something else', () => {
  it.each([
    'واستقبل الجمهور لاعبي المنتخب بحماس كبير في مطار الخرطوم.',
    'وقالت الطالبة إن حماس الشباب للفريق صار كبيرا هذا الموسم.',
    'وتابع المدرب التدريبات بحماس شديد قبل المباراة الحاسمة.',
    'ويعكس حماس الجماهير في الدار البيضاء شغفا كبيرا بكرة القدم.',
  ])('%s', (text) => {
    expect(ids(text)).not.toContain('hamas');
  });
});

describe('the movement in news about Gaza', () => {
  it.each([
    'وقالت حركة حماس في بيان إن الوسطاء تلقوا ردها. وتتبادل إسرائيل وحماس الاتهامات بخرق الهدنة منذ أيام.',
    'وقالت سرايا القدس وكتائب القسام إن مقاتليهما لم يطلقوا النار. وتتبادل إسرائيل وحماس الاتهامات بخرق الهدنة منذ أيام.',
    'وأكد قيادي بحماس أن وفد الحركة وصل إلى القاهرة للقاء الوسطاء.',
    'وقالت حماس الفلسطينية في بيان إن الاحتلال يعرقل دخول المساعدات إلى غزة.',
    'وقال الجيش الإسرائيلي إن تسليم الجثامين تأخر، فيما تتهم إسرائيل حماس بالمماطلة.',
  ])('%s', (text) => {
    expect(ids(text)).toContain('hamas');
  });
});
