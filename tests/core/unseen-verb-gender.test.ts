// A name the gazetteer lacks right after a speech verb is its subject even when our
// list of given names says the other gender (lists are wrong, names are shared
// across languages), and a given name that is also a common word (جهاد، أمل، سعيد)
// with its family name after a speech verb is a person. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { direct, itSaysWho, personNames } from './support/speaking';

// (A body and a man spoke before, so carrying the last speaker over would miss.)
const LEAD = 'وقالت وزارة الصحة إن "المستشفيات ممتلئة". وقال المحافظ سامي الدباغ إن "الطرق مقطوعة".\n\n';

describe('a speech verb before a name of either gender, or one that is also a common word', () => {
  const CASES: Array<[string, string, string]> = [
    ['"لم نعد نحتمل البرد"، قالت نور الهدى سليمان، وهي أم لثلاثة أطفال.', 'لم نعد نحتمل البرد', 'نور الهدى سليمان'],
    ['وقالت جهاد الشامي: "المدرسة صارت ملجأ".', 'المدرسة صارت ملجأ', 'جهاد الشامي'],
    ['"نطبخ على الحطب منذ شهرين"، قالت إحسان العلي.', 'نطبخ على الحطب منذ شهرين', 'إحسان العلي'],
    ['"الطريق إلى المدرسة صار أطول"، قالت جوان خليل، وهي أم لطفلين.', 'الطريق إلى المدرسة صار أطول', 'جوان خليل'],
    ['وقالت رستم نوري لمراسلنا: "لم يبق في الحي إلا العجائز".', 'لم يبق في الحي إلا العجائز', 'رستم نوري'],
    ['وقال جهاد الحسن إن "المحل أغلق منذ الحرب".', 'المحل أغلق منذ الحرب', 'جهاد الحسن'],
    ['وتقول أمل الزين: "ننتظر الحافلة منذ الفجر".', 'ننتظر الحافلة منذ الفجر', 'أمل الزين'],
    ['"الخبز يكفي ليوم واحد"، يقول سعيد المصري.', 'الخبز يكفي ليوم واحد', 'سعيد المصري'],
  ];
  itSaysWho(CASES, LEAD);
});

describe('a document after a speech verb is no person', () => {
  it('"وأكد بيان صادر عن …" names nobody', () => {
    const text = `${LEAD}وأكد بيان صادر عن الوزارة أن "الطريق سيفتح غدا".`;
    expect(direct(text).map(([, s]) => s)).not.toContain('بيان صادر');
  });
});

describe('a role that is also a given name, after a speech verb, is the role', () => {
  it('"قال صديق الطفولة، X Y" makes no person of the friend', () => {
    const text = `${LEAD}وقال صديق الطفولة، كريم داود، لصحيفة محلية إن "الحي تغير كثيرا".`;
    expect(personNames(text)).not.toContain('صديق الطفولة');
  });
});
