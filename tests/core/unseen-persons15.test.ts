// Persons of unseen text (issue 9, persons15): a given name that is also a common word, with a surname, is a
// person where the text elsewhere plainly uses it alone as a name; one word right after a role or a person
// noun is a person where the text says who it is right after it; a speech verb opening its clause, a
// preposition with its pronoun, or an adjective after a possessed noun opens no name. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { personMentions, speakerOf } from './support/speaking';

describe('a common word given name with a surname, which the text elsewhere uses alone as a name', () => {
  const cases: Array<[string, string[]]> = [
    ['تقف سحر البيطار عند جدران بيتها المهدم. رجعت سحر، وهي أم لطفلين، إلى الحي في الربيع.', ['سحر البيطار', 'سحر']],
    ['مع شروق الشمس تبدأ سحر الزين عملها في المخبز. تقول سحر: "الطحين يكفي لأسبوع".', ['سحر الزين', 'سحر']],
    ['تحتفظ زهرة ماركاريان بألبوم صور قديم في خزانتها. وفي المساء تغلق زهرة خزانتها وتقول: «هذا كل ما بقي».', ['زهرة ماركاريان', 'زهرة']],
    ['يقف جمال حداد قرب المولد المعطل. ويقول جمال إن الوقود نفد منذ الأحد.', ['جمال حداد', 'جمال']],
    ['تفتح أمل الخطيب مدرستها كل صباح. عادت أمل، وهي معلمة في الأربعين، من النزوح قبل شهر.', ['أمل الخطيب', 'أمل']],
  ];
  for (const [text, mentions] of cases) it(mentions[0]!, () => expect(personMentions(text, true)).toEqual([mentions]));
  const none: string[] = [
    'يحمل نور الشمس الدفء إلى الخيام. ويبقى نور المصابيح خافتا طوال الليل.',
    'يبقى أمل العودة قائما رغم كل شيء. وقال إن أمل السكان لم ينطفئ.',
    'تحمل وردة حمراء في يدها وتبتسم للمارة في الساحة.',
  ];
  for (const text of none) it(`none: ${text.slice(0, 24)}`, () => expect(personMentions(text, true)).toEqual([]));
});

describe('one word after a role or a person noun, the text saying who it is right after it', () => {
  const cases: Array<[string, string]> = [
    ['ويرى المحلل البحري الأوكراني ميكولا، الذي أمضى ربع قرن في الأسطول، أن الميناء محصن.', 'ميكولا'],
    ['وقال المحلل السياسي الأوكراني تاراس، الذي يعيش في كييف، إن الهجوم "وارد".', 'تاراس'],
    ['ويقول الطيار السابق أوليكسي، الذي قاتل في دونباس، إن الطائرات قليلة.', 'أوليكسي'],
    ['وتروي الممرضة المتطوعة ناتاليا، التي تعمل في مستشفى ميداني، أن الجرحى كثيرون.', 'ناتاليا'],
  ];
  for (const [text, name] of cases) it(name, () => expect(personMentions(text, true)).toEqual([[name]]));
  it('the quote after it is theirs', () => {
    const text = 'وقال المحلل العسكري الروسي فاديم، الذي خدم في الأسطول: "الهجوم مستبعد الآن".';
    expect(speakerOf(text, 'الهجوم مستبعد الآن')).toBe('فاديم');
  });
  it('none: a word the text does not describe after it', () => {
    expect(personMentions('وقال المحلل العسكري الروسي إن الهجوم مستبعد، وأضاف أن الجيش منهك.', true)).toEqual([]);
  });
});

describe('a visitor named after the noun for one, and a given name we list', () => {
  it('"الزائرة الفرنسية X Y"', () => {
    expect(personMentions('وامتلأت القاعة بالزوار. أما الزائرة الفرنسية كلير بونيه فقالت إنها ستعود في الصيف.', true)).toEqual([['كلير بونيه']]);
  });
  it('"الزائر الألماني X Y"', () => {
    expect(personMentions('ويقول الزائر الألماني يوناس برغر إن المعرض يستحق الرحلة.', true)).toEqual([['يوناس برغر']]);
  });
});

describe('words that open no name', () => {
  it('but a first name we lack before a father\'s given name of ours opens one', () => {
    expect(personMentions('وتقول جوانا منير أبو شقرة، وهي ممرضة في المخيم، إن الخيام لا تصمد.', true)).toEqual([['جوانا منير أبو شقرة']]);
  });
  it('a speech verb opening its clause before a kunya', () => {
    const text = 'وعند انتهاء المقابلة، روى أبو سعيد أن ابن عمه فقد منزله في الخليل قبل عامين.';
    expect(personMentions(text, true)).toEqual([['أبو سعيد']]);
  });
  it('a preposition with its pronoun after an apposition', () => {
    const text = 'جلس سامر أبو خليل، رئيس النقابة، وأمامه كومة من الملفات، وقال: "لا تمويل هذا العام".';
    expect(personMentions(text, true)).toEqual([['سامر أبو خليل']]);
  });
  it('an adjective after a noun made definite by its pronoun', () => {
    const text = 'وفي الساحة يجلس حمود الأهدل قرب كشكه الصغير لبيع السجائر. ويقول: «الزبائن قلة».';
    expect(personMentions(text, true)).toEqual([['حمود الأهدل']]);
  });
  it('a person noun after a kin noun with its pronoun is still an apposition', () => {
    const text = 'وقال زميله المهندس سامي قعوار إن الجسر انهار.';
    expect(personMentions(text, true)).toEqual([['سامي قعوار']]);
  });
});
