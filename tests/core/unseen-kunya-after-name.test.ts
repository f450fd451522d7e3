// A person named in full, then said to be known by a kunya ("X، المعروفة بين
// جاراتها بأم خليل", "X، التي يناديها الحي «أم رامي»"), is one person with the
// kunya; a family name of two words ("X Y أبو ريدة") is named by both words
// later. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { personMentions } from './support/speaking';

const mentionsOf = (text: string, full: string) => personMentions(text).find((ms) => ms.includes(full)) ?? [];

describe('a kunya the text gives a person named in full is that person', () => {
  it.each([
    ['في مخيم على أطراف المدينة، تقف سلمى حسن الريس، المعروفة في الحي بأم خليل، أمام خيمتها. وقالت أم خليل: "لم يبق لنا شيء".', 'سلمى حسن الريس', 'أم خليل'],
    ['وفي العيادة تعمل القابلة نادية يوسف، التي يناديها سكان الحي «أم رامي»، منذ الفجر. وقالت أم رامي: "نستقبل عشرات النساء كل يوم".', 'نادية يوسف', 'أم رامي'],
    ['ويجلس حسين علي الدباغ، الذي يعرفه أهل السوق أبو سامر، قرب بسطته. ويقول أبو سامر إن الزبائن قلوا.', 'حسين علي الدباغ', 'أبو سامر'],
  ])('%s', (text, full, kunya) => {
    expect(mentionsOf(text, full)).toContain(kunya);
  });

  it('a kunya of another gender stays another person', () => {
    const text = 'تقف سلمى حسن الريس، المعروفة في الحي بأم خليل، أمام خيمتها. ويقول أبو خليل إن الخيمة لا تقي البرد.';
    expect(mentionsOf(text, 'سلمى حسن الريس')).not.toContain('أبو خليل');
  });
});

describe('a family name of two words names the person later', () => {
  it.each([
    ['وتقول الممرضة هبة سليمان أبو ريدة إن الأدوية نفدت. وأضافت أبو ريدة: "لا نملك حتى الشاش".', 'هبة سليمان أبو ريدة', 'أبو ريدة'],
    ['ويقول المزارع سالم محمد بن عيفان إن المطر تأخر. ويضيف بن عيفان أن البذور غالية.', 'سالم محمد بن عيفان', 'بن عيفان'],
  ])('%s', (text, full, surname) => {
    expect(mentionsOf(text, full)).toContain(surname);
  });
});
