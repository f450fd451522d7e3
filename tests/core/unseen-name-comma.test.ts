// Unseen-text pattern of issue 9 (round 7): a first name or a surname alone
// after a speech verb, with the sentence going on after a comma ("قالت لمى، ثم
// ضحكت"), is the person named with it earlier. Every sentence is our own writing.
import { describe, expect, it } from 'vitest';
import { direct } from './support/speaking';

const LEAD = 'تجددت الاشتباكات في أنحاء متفرقة من البلاد صباح اليوم وسط تحذيرات أممية من كارثة إنسانية.\n\n';

const speakerOf = (text: string, quote: string) => direct(LEAD + text).find(([q]) => q === quote)?.[1];

function eachSpeaks(cases: Array<[string, string, string | null]>): void {
  for (const [sentence, quote, speaker] of cases) it(sentence.slice(0, 50), () => expect(speakerOf(sentence, quote)).toBe(speaker));
}

describe('a name said before, alone before a comma after the verb, is its person', () => {
  eachSpeaks([
    ['في خيمة قرب البحر تجلس لانا الشامي على صندوق خشبي.\n\n"لا ننام منذ أيام"، قالت لانا، ثم ضحكت.', 'لا ننام منذ أيام', 'لانا'],
    ['تدير سوسن العبدالله مطبخا خيريا في الحي منذ الحرب.\n\n"نطبخ لألف شخص كل يوم"، تقول سوسن، وتبتسم.', 'نطبخ لألف شخص كل يوم', 'سوسن'],
    ['يقف المزارع هاكوب تيرزيان أمام حقله المحروق منذ الصباح.\n\n"خسرنا موسما كاملا"، يقول تيرزيان، ثم يصمت طويلا.', 'خسرنا موسما كاملا', 'تيرزيان'],
    ['تعمل نسيبة الخطيب ممرضة في مستشفى ميداني منذ عامين.\n\n"نعمل بلا كهرباء منذ أسبوع"، قالت نسيبة، ثم عادت إلى عملها.', 'نعمل بلا كهرباء منذ أسبوع', 'نسيبة'],
    ['ينتظر ميرزا قربانوف دوره أمام مكتب التعويضات منذ الفجر.\n\n"لم يبق من البيت حجر"، قال ميرزا، وهو يشير إلى الركام.', 'لم يبق من البيت حجر', 'ميرزا'],
  ]);
});

describe('… but not a word never printed as part of a longer name, nor a body', () => {
  eachSpeaks([
    ['وصلت القافلة إلى البلدة بعد أيام من الانتظار.\n\n"الطريق كان طويلا"، قالت شهرزاد، ثم مضت.', 'الطريق كان طويلا', null],
    ['وصل الجيش إلى البلدة مساء أمس.\n\n"لا ننام منذ أيام"، قالت القرية، ثم سكتت.', 'لا ننام منذ أيام', null],
  ]);
});
