// After "قال X، في رسالة مسجلة نشرتها حسابات…" the words after the speech noun
// describe the speech, not who spoke: the quote stays X's. After a speech noun
// with "لـ" ("في بيان للناشط X") or an attribution word ("وبحسب الباحثة X")
// the speaker is named there. "محملا X مسؤولية" continues its sentence's
// speaker, as "متهما" does. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { itSaysWho } from './support/speaking';

describe('a speech noun described by a clause names no speaker', () => {
  itSaysWho([
    ['وقال قائد الفصيل سمير خضر، في رسالة مسجلة نشرتها حسابات مقربة من فصيله، إن مقاتليه "لن ينسحبوا من المدينة".', 'لن ينسحبوا من المدينة', 'سمير خضر'],
    ['وقالت الناشطة ريما عواد، في رسالة صوتية تناقلتها مجموعات محلية: "المياه مقطوعة منذ أسبوع ولا أحد يسأل عنا".', 'المياه مقطوعة منذ أسبوع ولا أحد يسأل عنا', 'ريما عواد'],
    ['وأضاف المحافظ نادر الزين، في تصريحات نقلتها قنوات موالية: "الطريق سيفتح خلال أيام، والعمل جار ليلا ونهارا".', 'الطريق سيفتح خلال أيام، والعمل جار ليلا ونهارا', 'نادر الزين'],
  ]);
});

describe('a speaker named after a speech noun with لـ or after an attribution word', () => {
  itSaysWho([
    ['وجاء في بيان للناشط الحقوقي مهند سلوم: "الاعتقالات طالت العشرات".', 'الاعتقالات طالت العشرات', 'مهند سلوم'],
    ['وبحسب الباحثة في شؤون اللاجئين هالة دياب: "العودة لن تكون قريبة".', 'العودة لن تكون قريبة', 'هالة دياب'],
  ]);
});

describe('"محملا X مسؤولية" goes on with the sentence\'s speaker', () => {
  itSaysWho([
    ['"الهجوم جريمة مكتملة"، قال وزير الإعلام سامي الدباغ، محملا الحكومة السابقة مسؤولية "انهيار الخدمات في الجنوب".', 'انهيار الخدمات في الجنوب', 'سامي الدباغ'],
    ['وقالت النائبة ليلى سرحان إن القرار "متسرع"، محملة الوزارة مسؤولية "أي تأخير في صرف الرواتب".', 'أي تأخير في صرف الرواتب', 'ليلى سرحان'],
  ]);
});

describe('a clause of the story before a colon names no speaker', () => {
  it.each([
    ['وعند الحاجز تنزل العجوز من الشاحنة ببطء. تمسك بيد ابنها: "متى نعود إلى القرية؟"', 'تمسك'],
    ['في الخيمة تجلس الأم مع طفلتها. تسألها الصغيرة عن أبيها، فتجيبها: "سيعود قريبا".', 'تسألها'],
    ['ويسأله الجندي عن وجهته، فيهز العجوز رأسه: "إلى بيتي، لا أكثر".', 'فيهز'],
  ])('%s', (text, verb) => {
    const names = analyze(text, { stopEarly: false }).actors.map((a) => a.name.ar);
    expect(names.some((n) => n.includes(verb))).toBe(false);
  });
});
