// Speakers of unseen text (issue 9, speakers15): a person whose verb comes after "كان قد" (guards); "ألمح إلى أن".
// Sentences of our own.
import { describe, expect, it } from 'vitest';
import { speakerOf } from './support/speaking';

describe('"X كان قد أعلن أن": the person before the verb of being speaks', () => {
  const cases: Array<[string, string, string]> = [
    ['وتقول الناشطة رنا الأيوبي إن الأمل ضعيف. وتذكر أن الرئيس السوري أحمد الشرع كان قد تعهد بأن "كل المعتقلين سيعودون إلى بيوتهم".', 'كل المعتقلين سيعودون إلى بيوتهم', 'أحمد الشرع'],
    ['وقال الخبير سليم حداد إن المفاوضات متعثرة، مذكرا بأن المبعوث هانس غروندبرغ قد أكد أن "الطريق إلى السلام ما زال مفتوحا".', 'الطريق إلى السلام ما زال مفتوحا', 'هانس غروندبرغ'],
  ];
  for (const [text, quote, speaker] of cases) it(speaker, () => expect(speakerOf(text, quote)).toBe(speaker));
});

describe('"ألمح إلى أن" reports what was hinted', () => {
  const cases: Array<[string, string, string]> = [
    ['وألمح وزير الخارجية الروسي سيرغي لافروف إلى أن "الغرب لا يريد أي تسوية".', 'الغرب لا يريد أي تسوية', 'سيرغي لافروف'],
    ['وألمحت ماريا زاخاروفا أمس إلى أن "كييف تخطط لاستفزاز جديد".', 'كييف تخطط لاستفزاز جديد', 'ماريا زاخاروفا'],
  ];
  for (const [text, quote, speaker] of cases) it(speaker, () => expect(speakerOf(text, quote)).toBe(speaker));
});

describe('"وفي موسكو قالت X": a capital behind a preposition and و is the place, not the verb\'s subject', () => {
  const lead = 'تواصل القوات الروسية هجومها على دونيتسك، وقال الجيش الأوكراني إن المعارك عنيفة.\n\n';
  const cases: Array<[string, string, string]> = [
    ['وفي موسكو قالت ماريا زاخاروفا إن "الغرب يطيل أمد الحرب عمدا".', 'الغرب يطيل أمد الحرب عمدا', 'ماريا زاخاروفا'],
    ['ومن كييف أكد فولوديمير زيلينسكي أن "الدفاعات الجوية صامدة رغم القصف".', 'الدفاعات الجوية صامدة رغم القصف', 'فولوديمير زيلينسكي'],
    ['وفي موسكو أعلن ديمتري بيسكوف أن "الكرملين لم يتلق أي عرض جديد".', 'الكرملين لم يتلق أي عرض جديد', 'ديمتري بيسكوف'],
  ];
  for (const [text, quote, speaker] of cases) it(speaker, () => expect(speakerOf(lead + text, quote)).toBe(speaker));
});
