// An office held by someone the text does not name speaks as that office,
// also when its title opens with a و of its own ("وزير", "والي"), which is no
// conjunction; and a body speaks through the statement it issued ("في بيان
// أصدرته X"). Texts of our own writing.
import { describe } from 'vitest';
import { itSaysWho } from './support/speaking';

const LEAD = 'عقد البرلمان جلسة طارئة لمناقشة الموازنة.\n\n';

describe('an unnamed minister, deputy or governor speaks as the office', () => {
  const CASES: Array<[string, string, string]> = [
    ['وقال وزير الزراعة إن "الموسم أفضل من العام الماضي".', 'الموسم أفضل من العام الماضي', 'وزير الزراعة'],
    ['وخلال الجلسة، أكد وزير الدفاع أن الجيش "صد ثلاث هجمات خلال الليل".', 'صد ثلاث هجمات خلال الليل', 'وزير الدفاع'],
    ['وقالت وزيرة الشؤون الاجتماعية: "سنصرف المساعدات قبل العيد".', 'سنصرف المساعدات قبل العيد', 'وزيرة الشؤون الاجتماعية'],
    ['ووعد والي الولاية بأن الطريق "سيفتح خلال أسبوع".', 'سيفتح خلال أسبوع', 'والي الولاية'],
  ];
  itSaysWho(CASES, LEAD);
});

describe('a title with its own و leads the description to a name', () => {
  const CASES: Array<[string, string, string]> = [
    ['وكان وزير المالية السابق نبيل حداد قد حذر من الخطة، وقال: "الخزينة لا تحتمل".', 'الخزينة لا تحتمل', 'نبيل حداد'],
  ];
  itSaysWho(CASES, LEAD);
});

describe('"في بيان أصدرته X": the body that issued the statement speaks; one that only published it does not', () => {
  const CASES: Array<[string, string, string]> = [
    ['وجاء في بيان أصدرته حركة حماس: «لن نقبل بأي وصاية على القطاع».', 'لن نقبل بأي وصاية على القطاع', 'حركة حماس'],
    ['وذكر بيان أصدرته منظمة الصحة العالمية أن المستشفيات «خرجت عن الخدمة».', 'خرجت عن الخدمة', 'منظمة الصحة العالمية'],
    ['وقالت منظمة العفو الدولية في تقرير أصدرته الخميس إن المحاكمات «تفتقر إلى أبسط الضمانات».', 'تفتقر إلى أبسط الضمانات', 'منظمة العفو الدولية'],
  ];
  itSaysWho(CASES, LEAD);
});
