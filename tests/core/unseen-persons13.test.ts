// Persons of unseen text (issue 9, persons13): a given name that is also a common word before a family name
// opened by "أبو", a woman's name before "أبو X" (her gender is her given name's), a speech verb that is also
// a given name opening its clause, a reporter's post on a byline, and a role's complement behind ل that is no
// name. Sentences of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { personMentions, speakerOf, unknownNames } from './support/speaking';

describe('"سعيد أبو الخير": a given name that is a common word, then a family name opened by "أبو", is a person', () => {
  const cases: Array<[string, string]> = [
    ['لم يغادر كريم أبو العلا حيه القديم رغم القصف المتواصل منذ الشتاء.', 'كريم أبو العلا'],
    ['وتدير سلام أبو النور مطبخا خيريا يطعم مئات العائلات كل مساء.', 'سلام أبو النور'],
    ['ويعمل جمال أبو الفتوح سائقا لسيارة إسعاف في المدينة منذ عشر سنوات.', 'جمال أبو الفتوح'],
    ['التقينا الدكتورة صباح أبو الحسن في عيادتها المؤقتة قرب السوق.', 'صباح أبو الحسن'],
    ['ويحرس أمين أبو الليل مخزن الدقيق وحده منذ أن غادر زملاؤه البلدة.', 'أمين أبو الليل'],
  ];
  for (const [text, name] of cases) it(name, () => expect(unknownNames(text)).toEqual([name]));

  it('no person where "باسم" says what someone is called', () => {
    const text = 'ويعرفه الجيران جميعا باسم أبو فراس منذ أن فتح دكانه الصغير.';
    expect(unknownNames(text).some((n) => n.startsWith('باسم'))).toBe(false);
  });
});

describe('"ريم أبو زيد": a woman named before "أبو X" is a woman (her given name says so), and speaks after a feminine verb', () => {
  const cases: Array<[string, string, string]> = [
    ['وقالت المحللة في إحدى الشركات هند أبو يوسف: "المؤشر سيبقى متذبذبا حتى نهاية الربع".', 'المؤشر سيبقى متذبذبا حتى نهاية الربع', 'هند أبو يوسف'],
    ['وقالت الممرضة ريما أبو سالم: "نعمل بلا كهرباء منذ ثلاثة أيام متتالية".', 'نعمل بلا كهرباء منذ ثلاثة أيام متتالية', 'ريما أبو سالم'],
    ['وأوضحت الباحثة في مركز الدراسات منى أبو زيد: "الأرقام الرسمية أقل بكثير من الواقع".', 'الأرقام الرسمية أقل بكثير من الواقع', 'منى أبو زيد'],
  ];
  for (const [text, quote, speaker] of cases) {
    it(speaker, () => {
      expect(speakerOf(text, quote)).toBe(speaker);
      expect(analyze(text, { stopEarly: false }).actors.find((a) => a.name.ar === speaker)?.gender).toBe('f');
    });
  }
});

describe('"روى X Y، سائق أجرة، ما رآه": a speech verb that is also a given name, opening its clause, is the verb', () => {
  const cases: Array<[string, string, string]> = [
    ['روى نبيل حمدان، صاحب محل للخضار، ما جرى ليلا: "اهتزت الجدران ثم انقطع كل شيء".', 'اهتزت الجدران ثم انقطع كل شيء', 'نبيل حمدان'],
    ['روى ماهر السقا، وهو صياد من الشاطئ، كيف غرق القارب: "حملتنا الموجة ثم رمتنا على الصخور".', 'حملتنا الموجة ثم رمتنا على الصخور', 'ماهر السقا'],
  ];
  for (const [text, quote, speaker] of cases) it(speaker, () => expect(speakerOf(text, quote)).toBe(speaker));

  it('a person named after a speech verb that is a given name ("قالت وعد X") speaks', () => {
    const text = 'وفي خان يونس، قالت وعد الحلو، وهي أم لأربعة أطفال تنام في خيمة قرب البحر منذ شهور، لمراسلنا: "نمنا في العراء ليلتين قبل أن نجد خيمة".';
    expect(speakerOf(text, 'نمنا في العراء ليلتين قبل أن نجد خيمة')).toBe('وعد الحلو');
  });
});

describe('"من مراسلنا في الأمم المتحدة X": a reporter named on a byline after a post is no actor', () => {
  const cases = [
    'جنيف - من مراسلنا في الأمم المتحدة طارق الخوري\n\nعقد مجلس حقوق الإنسان جلسة خاصة مساء الجمعة.',
    'موسكو - من مراسلتنا في العاصمة الروسية لينا حداد\n\nأعلن الكرملين أن المحادثات ستستأنف الأسبوع المقبل.',
  ];
  for (const text of cases) it(text.slice(0, 24), () => expect(personMentions(text, true)).toEqual([]));
});

describe('"مدرب منتخب السودان لكرة القدم، X Y": a phrase behind ل in construct is the role\'s complement, no name', () => {
  const cases = [
    'وأكد المدير الفني لمنتخب الأردن لكرة السلة أن الفريق يستعد جيدا للبطولة.',
    'وقال المدرب العام لنادي الشرطة لكرة القدم إن اللاعبين بحاجة إلى راحة.',
  ];
  for (const text of cases) it(text.slice(0, 24), () => expect(unknownNames(text)).toEqual([]));
});

describe('"سألنا سعيد": after an interview\'s verb in the first person a common word\'s given name names the person', () => {
  it('the later mention by the given name alone', () => {
    const text = 'يعمل سعيد أبو العلا ممرضا في مستشفى المدينة منذ عامين. في نهاية اللقاء سألنا سعيد عن أمنيته الوحيدة.';
    expect(personMentions(text, true)).toEqual([['سعيد أبو العلا', 'سعيد']]);
  });
  it('no person where the word is an adjective', () => {
    const text = 'يعمل سعيد أبو العلا ممرضا في مستشفى المدينة. وكان يوما سعيدا للجميع بعد وصول الدواء.';
    expect(personMentions(text, true)).toEqual([['سعيد أبو العلا']]);
  });
});

describe('"المحكمة العسكرية في محافظة حمص": a noun of a place\'s kind and the place go on a body\'s name', () => {
  const bodies = (text: string) =>
    analyze(text, { stopEarly: false })
      .actors.filter((a) => a.id === null && a.type !== 'person')
      .map((a) => a.mentions.map((m) => m.surface));
  it('named in full, then short', () => {
    const text = 'وأصدرت المحكمة العسكرية في محافظة حمص أحكاما جديدة. وقالت المحكمة العسكرية إن الجلسات علنية.';
    expect(bodies(text)).toEqual([['المحكمة العسكرية في محافظة حمص', 'المحكمة العسكرية']]);
  });
  it('a union of a town', () => {
    const text = 'وقالت نقابة المعلمين في مدينة إدلب إن الرواتب تأخرت شهرين.';
    expect(bodies(text)).toEqual([['نقابة المعلمين في مدينة إدلب']]);
  });
});

describe('"تعود آمنة إلى الحديث": a woman\'s given name that is a common word, right after a feminine verb, names her', () => {
  const cases: Array<[string, string[]]> = [
    ['تجلس آمنة عبد الرحيم، وهي أم لثلاثة أطفال، قرب باب الخيمة. وفي المساء تعود آمنة إلى ترتيب الأغطية.', ['آمنة عبد الرحيم', 'آمنة']],
    ['تعمل وفاء الخطيب، وهي ممرضة، في المستشفى الميداني منذ عام. وحين انتهت المناوبة عادت وفاء إلى بيتها مشيا.', ['وفاء الخطيب', 'وفاء']],
  ];
  for (const [text, mentions] of cases) it(mentions[0]!, () => expect(personMentions(text, true)).toEqual([mentions]));
  it('no mention where the word describes a noun before it', () => {
    const text = 'تجلس آمنة عبد الرحيم، وهي أم لطفلين، قرب الخيمة. وطالبت المنظمات بفتح ممرات آمنة للعائلات، وبتجربة آمنة للعودة.';
    expect(personMentions(text, true)).toEqual([['آمنة عبد الرحيم']]);
  });
});
