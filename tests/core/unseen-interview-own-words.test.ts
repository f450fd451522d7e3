// An interview written up as dashed lines ("- سؤال؟" then "- جواب"): inside an
// answer, a quote after a first-person speech verb ("قلنا لهم: «…»") is the
// interviewee quoting themself; outside an interview such words name nobody
// (never a speaker or an actor called "قلنا لهم"). Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { direct, unknownNames } from './support/speaking';

const interview = (answer: string) =>
  [
    'مديرة المخبز: الطحين يكفي لأسبوع واحد',
    'حاورتها: سلمى القاسم',
    'تدير السيدة رحاب المصري أكبر مخبز في الحي منذ عشر سنوات، والتقيناها قبل افتتاح المخبز صباحا.',
    '- كم رغيفا تخبزون في اليوم؟',
    '- نحو ثلاثة آلاف رغيف حين تصل الكهرباء، ونصفها حين تنقطع.',
    '- ومن أين يأتي الطحين؟',
    `- ${answer}`,
    '- هل تفكرين في الإغلاق؟',
    '- لا، الناس ينتظرون الخبز كل فجر.',
  ].join('\n\n');

describe('an interviewee quoting themself in a dashed interview', () => {
  const CASES: Array<[string, string]> = [
    ['من مخازن الإغاثة، وكل شحنة تتأخر. قلنا لهم مرارا: «الخبز لا ينتظر الموافقات».', 'الخبز لا ينتظر الموافقات'],
    ['من التجار حين يتوفر. وقلت للجنة الحي قبل شهر: "لن نرفع السعر مهما حدث".', 'لن نرفع السعر مهما حدث'],
    ['من الميناء عبر ثلاث محطات. أقول دائما لعمالي: «كل كيس أمانة في أعناقنا».', 'كل كيس أمانة في أعناقنا'],
    ['من الجمعيات، وقليلا ما يكفي. نقول للعالم كله: «أطفالنا يستحقون رغيفا كاملا».', 'أطفالنا يستحقون رغيفا كاملا'],
    ['من مخزن البلدية. كررنا للمسؤولين في كل اجتماع: «المطاحن تحتاج إلى وقود قبل الطحين».', 'المطاحن تحتاج إلى وقود قبل الطحين'],
  ];
  for (const [answer, quote] of CASES) {
    it(quote, () => {
      expect(direct(interview(answer))).toContainEqual([quote, 'رحاب المصري']);
    });
  }

  it('a quote in an answer of someone the interviewee names is theirs, not the interviewee\'s', () => {
    const text = interview('من مخازن البلدية. وقال مدير المخازن سامي الفرا: «الكمية القادمة أقل من السابقة».');
    expect(direct(text)).toContainEqual(['الكمية القادمة أقل من السابقة', 'سامي الفرا']);
  });

  it('dashed lines without questions make no interview: the words name nobody', () => {
    const text = [
      'تواصلت عمليات توزيع الخبز في الحي رغم انقطاع الكهرباء، وقالت الطاهية رحاب المصري إن العمل لم يتوقف.',
      '- في الصباح وصلت شاحنتان من الطحين.',
      '- قلنا لهم مرارا: «نحتاج إلى شاحنة ثالثة قبل الجمعة».',
    ].join('\n\n');
    const quotes = direct(text);
    expect(quotes.find(([q]) => q === 'نحتاج إلى شاحنة ثالثة قبل الجمعة')?.[1]).not.toBe('رحاب المصري');
    expect(quotes.map(([, s]) => s)).not.toContain('قلنا لهم مرارا');
  });

  it('a first-person cue outside an interview is no speaker and no actor', () => {
    for (const cue of ['قلنا لهم مرارا', 'وقلت للجميع يومها', 'أقول لكل من يسأل']) {
      const text = `وصل المتطوعون إلى المخيم بعد الظهر ووزعوا البطانيات على العائلات.\n${cue}: «لن نترك أحدا في البرد».`;
      expect(direct(text).map(([, s]) => s)).not.toContain(cue);
      expect(unknownNames(text)).not.toContain(cue);
    }
  });
});
