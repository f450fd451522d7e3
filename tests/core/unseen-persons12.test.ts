// Persons of unseen text (issue 9, persons12): a given name after a bare "اسمها", a kunya whose child we do not
// list when the full name follows, a body's own two-word name after an indefinite head, and a noun in construct
// that goes on with a body's name. Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { personMentions, unknownNames } from './support/speaking';
import { analyze } from '../../src/core';

describe('"امرأة من الحي، اسمها خديجة، …": a given name of ours after a bare "اسمه"/"اسمها" is a person', () => {
  const cases: Array<[string, string]> = [
    ['وفي الطابور وقفت عجوز من القرية، اسمها سعاد، تحمل كيسا فارغا منذ الصباح.', 'سعاد'],
    ['أوقفني شاب من المخيم، اسمه مراد، وسألني عن موعد توزيع الطحين.', 'مراد'],
    ['والممرضات يعملن بلا أجر منذ شهور. إحداهن، اسمها أمل، تمشي ساعة كل صباح لتصل إلى القسم.', 'أمل'],
    ['وكان بين الجرحى طفل اسمه يوسف لم يتجاوز السابعة من عمره.', 'يوسف'],
  ];
  for (const [text, name] of cases) it(name, () => expect(unknownNames(text)).toEqual([name]));

  it('no person where "اسمه" is followed by other words', () => {
    for (const text of [
      'وقال مسؤول طلب عدم ذكر اسمه خشية الانتقام إن القصف مستمر منذ الفجر.',
      'وأكد المحامي أن اسمه مدرج على لائحة العقوبات منذ عامين.',
      'ورفض الضابط ذكر اسمه إذ لا يحق له أن يتحدث إلى الصحافة.',
    ]) expect(unknownNames(text), text).toEqual([]);
  });
});

describe('"أم ليفون، واسمها X Y": a kunya of a child we do not list is the person named in full after it', () => {
  const cases: Array<[string, string[]]> = [
    ['تسكن أم ديدو، واسمها أناهيد كيراكوسيان، غرفة واحدة مع أحفادها. وتقول أم ديدو إن البرد لا يرحم.', ['أم ديدو', 'أناهيد كيراكوسيان', 'أم ديدو']],
    ['ويجلس أبو زوزو، واسمه غارو بوغوصيان، أمام دكانه المغلق منذ الحرب.', ['أبو زوزو', 'غارو بوغوصيان']],
    ['وتقيم أم سيبو، واسمها ماري كيراكوسيان، في غرفة واحدة مع أحفادها.', ['أم سيبو', 'ماري كيراكوسيان']],
  ];
  for (const [text, mentions] of cases) it(mentions[0]!, () => expect(personMentions(text, true)).toEqual([mentions]));
});

describe('"رئيس بلدية X Y، …": two words after an indefinite head, closed by a comma, are the body\'s own name', () => {
  it('finds no person in the name of the town', () => {
    for (const text of [
      'من جهته، أشار رئيس بلدية تل ريمان، في تصريح للصحافيين، إلى أن الطرقات ستفتح غدا.',
      'وقال مدير مدرسة كفر عويد، في اتصال هاتفي، إن الدروس ستستأنف الأسبوع المقبل.',
      'وقال رئيس بلدية برج رحال، خلال جولة في الأحياء، إن الأضرار كبيرة.',
    ]) expect(unknownNames(text), text).toEqual([]);
  });
  it('finds the person after the comma', () => {
    expect(unknownNames('وقال مدير مستشفى شهداء البلدة، الطبيب إياد الحلبي، إن الوقود نفد.')).toEqual(['إياد الحلبي']);
  });
});

describe('"مدير مركز علاج الأمراض المزمنة": a noun in construct after a body\'s indefinite head goes on with its name', () => {
  it('finds no person in the body\'s name', () => {
    for (const text of [
      'وتحدث مدير مركز علاج الأمراض المزمنة في المدينة عن نقص الأدوية.',
      'وحذرت مديرة مركز تأهيل المصابين بالحروق في الشمال من إغلاق الأقسام.',
      'وقال مدير مركز رصد الانتهاكات الحقوقية في المحافظة إن الأعداد ترتفع.',
    ]) expect(unknownNames(text), text).toEqual([]);
  });
  it('still finds the person after a body\'s name', () => {
    expect(unknownNames('وقال مدير مركز دراسات الشرق الأوسط جواد الحمد إن الحل بعيد.')).toEqual(['جواد الحمد']);
  });
});

describe('\'عن "طريق ترامب"\': a venue in quotation marks after "عن" is the place, not "by way of" its namesake', () => {
  const ids = (text: string) => analyze(text, { stopEarly: false }).actors.map((a) => a.id);
  it('takes no mention of the person from the quoted place', () => {
    expect(ids('وتحدث النواب طويلا عن "طريق ترامب" في جلسة الأمس وسط انتقادات المعارضة.')).not.toContain('donald-trump');
    expect(ids('ونواب المعارضة تساءلوا عن «ممر ترامب» وكلفته على الموازنة.')).not.toContain('donald-trump');
  });
  it('still reads "عن طريق X" as by way of X', () => {
    expect(ids('وصلت الرسالة إلى طهران عن طريق ترامب شخصيا قبل أسبوع من اللقاء.')).toContain('donald-trump');
  });
});

describe('number words and adverbs are no name words: "اللاعب الثاني عشر حقا"', () => {
  it('finds no person in an ordinal or a count after a role', () => {
    for (const text of [
      'وقال المدرب إن الجمهور "كان اللاعب الثاني عشر فعلا في هذه المباراة".',
      'وأشاد القائد بالمشجعين الذين كانوا اللاعب الثاني عشر حقا طوال الموسم.',
      'وأصبح المهاجم الشاب اللاعب الحادي عشر في قائمة الهدافين هذا الموسم.',
    ]) expect(unknownNames(text), text).toEqual([]);
  });
});
