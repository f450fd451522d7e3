// Words after a role, a nationality or a person noun that open no name: ب or ل
// on a demonstrative ("بذلك"), a number ("خمس سنوات"), "اسم", ل or ب on a
// verbal noun ("لتبادل"، "بتسليم"), ل of purpose on an imperfect verb
// ("ليحمي"). Names that begin with those letters still are names. Texts of our
// own writing.
import { describe, expect, it } from 'vitest';
import { unknownNames, personNames } from './support/speaking';

describe('no person made of words that open no name', () => {
  const JUNK: Array<[string, string]> = [
    ['وقال المتحدث إن اللجنة أخبرت الوسيط بذلك صراحة قبل يومين.', 'بذلك صراحة'],
    ['وأبلغ المحامي القاضي لهذا السبب أنه سينسحب من القضية.', 'لهذا السبب'],
    ['وغاب الطالب عن الجامعة خمس سنوات كاملة بسبب الحرب.', 'خمس سنوات'],
    ['وعاش المزارع ثلاثة أعوام متتالية بلا محصول يذكر.', 'ثلاثة أعوام'],
    ['وسأل الصحفي عن اسم الضابط واسم الكتيبة التي اقتحمت البلدة.', 'واسم الكتيبة'],
    ['وقال سامح العتوم، مدير المبيعات في شركة النخيل لتبادل السلع، إن الطلب تراجع.', 'لتبادل السلع'],
    ['ويعمل يوسف الكركي مديرا في مكتب الإغاثة لتوزيع الطرود منذ عامين.', 'لتوزيع الطرود'],
    ['وطالب ممثل الادعاء بتشديد العقوبات على المتهمين الثلاثة.', 'بتشديد العقوبات'],
    ['وطالب محامي الدفاع بتأجيل الجلسة إلى الشهر المقبل.', 'بتأجيل الجلسة'],
    ['ويمتد الجسر الأردني ليصل الضفتين عبر النهر منذ عقود.', 'ليصل الضفتين'],
    ['ويسير الخط الحديدي التركي ليربط المدن الساحلية بالعاصمة.', 'ليربط المدن'],
  ];
  for (const [text, junk] of JUNK) {
    it(`«${junk}» is nobody`, () => {
      expect(unknownNames(text).some((name) => name.includes(junk.split(' ')[0]!.replace(/^[وبل]/, '')))).toBe(false);
    });
  }
});

describe('names that begin like those words are still names', () => {
  const NAMES: Array<[string, string]> = [
    ['وقالت الممرضة ليندا الشامي إن الجرحى ينامون في الممرات.', 'ليندا الشامي'],
    ['وقال المهندس بسام الحلو إن الجسر سيفتح الشهر المقبل.', 'بسام الحلو'],
    ['وقالت الطالبة بتول العمري إن الامتحانات تأجلت مرتين.', 'بتول العمري'],
    ['وقالت الصحفية ليسان كرامانوفا إن القرية خلت من سكانها.', 'ليسان كرامانوفا'],
    ['وقال المدرب لؤي الخطيب إن الفريق تدرب في ملعب ترابي.', 'لؤي الخطيب'],
  ];
  for (const [text, name] of NAMES) {
    it(`${name} is found`, () => {
      expect(personNames(text)).toContain(name);
    });
  }
});

describe('a role of ours that is also a given name, in construct after a speech verb, is the role', () => {
  const CASES: Array<[string, string, string]> = [
    ['قال صديق الجامعة، مارون الحايك، إن الرجل كان هادئا.', 'صديق الجامعة', 'مارون الحايك'],
    ['وقال صديق العائلة، جورج الحداد، لصحيفة محلية إنه لم يصدق الخبر.', 'صديق العائلة', 'جورج الحداد'],
    ['قال صديق الدراسة، سليم الراعي، إنهما افترقا قبل الحرب.', 'صديق الدراسة', 'سليم الراعي'],
    ['وقال صديق الصبا، فادي الخوري، إن الرسائل انقطعت فجأة.', 'صديق الصبا', 'فادي الخوري'],
    ['قال صديق المدرسة، نزار الحلو، إنه رآه آخر مرة في الربيع.', 'صديق المدرسة', 'نزار الحلو'],
  ];
  for (const [text, role, name] of CASES) {
    it(`«${role}» is nobody, ${name} is found`, () => {
      const persons = personNames(text);
      expect(persons).not.toContain(role);
      expect(persons).toContain(name);
    });
  }
});
