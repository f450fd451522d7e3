// Words after a speech verb that name nobody: what was announced ("أعلنت
// حياد المنطقة"), "دون"/"رغم" and what follows, unnamed groups in construct
// ("مسؤولو الإغاثة"). Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { speakerOf, unknownNames } from './support/speaking';

const lead = 'وقال رئيس الوزراء الكندي مارك كارني إن بلاده تتابع التطورات. ';

describe('a noun and a common noun after a verb are what was said, no name', () => {
  it.each([
    ['وكانت الحركة أمس أعلنت حياد المنطقة وطالبت الوكالات بـ"ممرات إنسانية بلا قيود".', 'حياد المنطقة'],
    ['وكانت الوزارة قد أعلنت إغلاق الحدود وطالبت السكان بـ"البقاء في منازلهم حتى إشعار آخر".', 'إغلاق الحدود'],
    ['وكان المجلس قد أعلن تعليق الجلسات ودعا الأعضاء إلى "الاستعداد لجولة جديدة من المشاورات".', 'تعليق الجلسات'],
  ])('%s', (text, words) => {
    expect(unknownNames(lead + text)).not.toContain(words);
  });

  it('a name the lists lack with a family name in ال is still a name', () => {
    const text = `${lead}وقال سامر النجار: "بيتي صار ركاما منذ الغارة الأولى".`;
    expect(speakerOf(text, 'بيتي صار ركاما منذ الغارة الأولى')).toBe('سامر النجار');
  });
});

describe('"دون" and "رغم" open no name', () => {
  it.each([
    ['وأنهى رئيس اللجنة الاجتماع دون إصدار توصيات، وقال للصحفيين إن "الخلافات ما زالت كبيرة".', 'دون إصدار'],
    ['وتابع الوفد مهمته رغم مرور أسابيع على الهجوم، وقال رئيسه إن "العمل لن يتوقف".', 'رغم مرور'],
  ])('%s', (text, words) => {
    expect(unknownNames(lead + text).some((n) => n.startsWith(words))).toBe(false);
  });
});

describe('an unnamed group in construct ("مسؤولو الإغاثة") is nobody named', () => {
  it.each([
    ['ويقول مسؤولو الإغاثة إن الطرق "مغلقة منذ أسابيع طويلة".', 'مغلقة منذ أسابيع طويلة'],
    ['وقال موظفو المستشفى للصحفيين: "لم نتقاض رواتبنا منذ خمسة أشهر".', 'لم نتقاض رواتبنا منذ خمسة أشهر'],
    ['ويقول ناشطو الحي إن القصف "لم يتوقف ليلة واحدة منذ الشهر الماضي".', 'لم يتوقف ليلة واحدة منذ الشهر الماضي'],
  ])('%s', (text, quote) => {
    expect(speakerOf(lead + text, quote)).toBeNull();
  });
});
