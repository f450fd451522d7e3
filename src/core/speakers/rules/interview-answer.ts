import { isFirstPersonSpeech, wordsIn } from '../../speech';
import { mentionRef } from '../model';
import type { QuoteZone, SpeakerRule } from './rule';

/** "قلنا لهم مرارا: «…»" inside an answer: the interviewee quoting themself, a first-person speech verb in the quote's sentence. */
function ownWordsInAnswer(zone: QuoteZone): boolean {
  const at = zone.outerStart;
  const span = zone.interview!.answerSpans.find(([from, to]) => from <= at && at < to);
  if (!span) return false;
  return wordsIn(zone.text, Math.max(span[0], zone.sentenceFrom), at).some((w) => isFirstPersonSpeech(w.norm));
}

export const interviewAnswer: SpeakerRule = {
  name: 'interview answer',
  why: 'In an interview written up as questions and answers ("س: … ج: …", or dashed lines with the questions ending in "؟"), an answer given whole in quotation marks, a quote after a first-person speech verb in an answer ("قلت لهم: «…»"), or a quote in the headline before anyone is named, is the interviewee\'s: the person the lead introduces (speakers/interview.ts).',
  examples: [
    {
      text: 'حوار | صياد من المخا: "البحر صار أضيق من قاربي"\n\nالتقت "الأيام" الصياد اليمني فهد السروري في ميناء المخا بعد عودته من رحلة صيد لم تدم أكثر من ساعتين.\n\nس: لماذا عدت مبكرا؟\n\nج: "الوقود لا يكفي لأبعد من الجزيرة القريبة، ومن يذهب أبعد يخاطر بقاربه".\n\nس: هل تفكر في ترك المهنة؟\n\nج: "لا أعرف مهنة غيرها، أبي وجدي كانا صيادين".',
      quote: 'لا أعرف مهنة غيرها، أبي وجدي كانا صيادين',
      speaker: 'فهد السروري',
    },
    {
      text: 'حوار | صياد من المخا: "البحر صار أضيق من قاربي"\n\nالتقت "الأيام" الصياد اليمني فهد السروري في ميناء المخا بعد عودته من رحلة صيد لم تدم أكثر من ساعتين.\n\nس: لماذا عدت مبكرا؟\n\nج: "الوقود لا يكفي لأبعد من الجزيرة القريبة، ومن يذهب أبعد يخاطر بقاربه".\n\nس: هل تفكر في ترك المهنة؟\n\nج: "لا أعرف مهنة غيرها، أبي وجدي كانا صيادين".',
      quote: 'البحر صار أضيق من قاربي',
      speaker: 'فهد السروري',
    },
    {
      text: 'في مقابلة خاصة، تحدثت الطبيبة السودانية منى الطيب عن عملها في مستشفى بمدينة الأبيض.\n\nسؤال: ما الذي ينقصكم اليوم؟\n\nجواب: "ينقصنا كل شيء تقريبا: الشاش والمضادات الحيوية وحتى الكهرباء".\n\nسؤال: وكيف تتدبرون الأمر؟\n\nجواب: "نتقاسم ما لدينا مع المستشفيات القريبة، ونؤجل كل عملية يمكن تأجيلها".',
      quote: 'نتقاسم ما لدينا مع المستشفيات القريبة، ونؤجل كل عملية يمكن تأجيلها',
      speaker: 'منى الطيب',
    },
    {
      text: 'المهندس سليم الحوراني: الجسر سيفتح قبل الشتاء\n\nحاورته: ليلى منصور\n\nيقود المهندس سليم الحوراني فريق إعادة بناء الجسر منذ عامين.\n\n- متى يفتح الجسر؟\n\n- قبل الشتاء إن وصلت المواد. قلت للوزارة أكثر من مرة: "من دون الحديد لن نكمل".\n\n- وما الذي ينقصكم؟\n\n- الحديد والإسمنت وبعض العمال.',
      quote: 'من دون الحديد لن نكمل',
      speaker: 'سليم الحوراني',
    },
  ],
  apply(zone) {
    const interview = zone.interview;
    if (!interview) return undefined;
    const at = zone.outerStart;
    // Only an answer given whole in quotation marks: a quote further into an answer is someone the interviewee quotes.
    const inAnswer = interview.answerStarts.includes(at);
    const inHeadline = at < interview.headlineEnd && !(zone.mentionStarts[0]! < at);
    return inAnswer || inHeadline || ownWordsInAnswer(zone) ? { speaker: mentionRef(interview.interviewee) } : undefined;
  },
};
