// A definite title without a name ("ورد الوزير", "وأضاف السفير") refers back to
// the speaker introduced with that title, not to whoever spoke last (a
// journalist's question in between); titles that begin with و ("وزير") are
// recognized around the earlier mention too. Texts of our own writing.
import { describe } from 'vitest';
import { itSaysWho } from './support/speaking';

describe('a definite title refers back to the one who holds it', () => {
  itSaysWho([
    ['عقد وزير الخارجية سالم الحداد مؤتمرا صحفيا. وقال الحداد: "المحادثات مستمرة".\n\nوسأل الصحفي مروان الشامي عن موقف الرياض: "هل الخطة قائمة؟".\nورد الوزير بأن المملكة "شريك أساسي"، مضيفا: "لا تسوية تحت النار".', 'لا تسوية تحت النار', 'الحداد'],
    ['التقى السفير الفرنسي جان مارتان وفدا من المزارعين. وقال مارتان: "سنواصل الدعم".\n\nوسألته الصحفية هالة يونس: "متى تصل المساعدات؟".\nوأجاب السفير: "خلال أسبوعين على الأكثر".', 'خلال أسبوعين على الأكثر', 'مارتان'],
    ['افتتح محافظ المدينة ياسر الدوري الجسر الجديد. وقال الدوري: "هذا الجسر لكل الناس".\n\nوقال المهندس كمال السعدي إن "العمل استغرق عاما كاملا".\nوأضاف المحافظ: "سنفتح جسرا ثانيا في الربيع".', 'سنفتح جسرا ثانيا في الربيع', 'الدوري'],
  ]);
});
