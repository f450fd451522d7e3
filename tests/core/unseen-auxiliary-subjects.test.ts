// A given name alone between a verb of being and an imperfect verb ("وكانت
// هبة تحاول", "ظل سامر يبحث") names the person introduced by the full name,
// even a given name that is also a common word; the quote that follows with a
// bare "قالت" is theirs. The common word elsewhere stays a word. Texts of our
// own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { itSaysWho } from './support/speaking';

describe('a given name as the subject of a verb of being', () => {
  itSaysWho([
    ['وقالت أمل رشيد الحايك، 41 عاما، إن البيت تهدم.\n\nوفي المساء، كانت أمل تحاول إشعال الموقد. "لا حطب ولا غاز"، قالت.', 'لا حطب ولا غاز', 'أمل'],
    ['وقال سامر سليم الفرا إن ابنه مفقود.\n\nوظل سامر يبحث بين الركام ساعات. "سأجده ولو بعد سنة"، قال.', 'سأجده ولو بعد سنة', 'سامر'],
    ['وقالت الممرضة هبة منير السقا إن المستشفى الميداني مكتظ.\n\nوبدأت هبة تجمع الضمادات من الممرات. "نعالج الجرحى على الأرض"، قالت.', 'نعالج الجرحى على الأرض', 'هبة'],
  ]);

  it('the common word elsewhere is no mention of the person', () => {
    const text = 'وقالت هبة منير السقا إن المستشفى بلا كهرباء.\n\nوقدمت الوكالة هبة مالية للمستشفى، وكانت هبة أخرى قد وصلت الشهر الماضي.';
    const person = analyze(text, { stopEarly: false }).actors.find((a) => a.name.ar === 'هبة منير السقا');
    expect(person?.mentions.map((m) => m.surface)).toEqual(['هبة منير السقا']);
  });
});
