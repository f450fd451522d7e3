// A bare spokesperson word as a cue's subject ("فأجابت المتحدثة:") is the
// spokesperson the text introduced before (src/core/speakers/subject/rules/role-noun.ts).
// Texts of our own writing.
import { describe } from 'vitest';
import { itSaysWho } from './support/speaking';

describe('a bare spokesperson word ("فأجابت المتحدثة:") is the spokesperson named before, even after others asked', () => {
  const CASES: Array<[string, string, string]> = [
    ['عقدت المتحدثة باسم وزارة الخارجية الأردنية ليلى صفدي إحاطتها الأسبوعية.\n\nوسألت الصحافية رنا عيسى: "متى يوقع الاتفاق؟". فأجابت المتحدثة: "لا موعد محددا حتى الآن".', 'لا موعد محددا حتى الآن', 'ليلى صفدي'],
    ['وقال المتحدث باسم الجيش العقيد ماهر سلوم إن القوات انسحبت من التلة.\n\nوسأل مراسل محلي اسمه وائل حمدان: "هل تعودون إليها؟". ورد المتحدث: "ليس في الوقت الحاضر".', 'ليس في الوقت الحاضر', 'ماهر سلوم'],
    ['وظهر الناطق باسم الحكومة سامر خليل في مؤتمر صحفي قصير. وقالت النائبة هدى فرح إن الجلسة أرجئت.\n\nوأضاف الناطق: "الرواتب ستصرف الأسبوع المقبل".', 'الرواتب ستصرف الأسبوع المقبل', 'سامر خليل'],
  ];
  itSaysWho(CASES);
});
