// "انتقد" (criticized) and "هاجم" (attacked, in words) introduce speech: the one
// who criticized says the words that follow ("وقال:"), not the last speaker.
// "هاجم" is a weak verb: an army attacking a town says nothing. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { itSaysWho } from './support/speaking';

const LEAD = 'وقال المندوب الروسي فاسيلي نيبينزيا إن "الحل سياسي لا عسكري".\n\n';

describe('the one who criticized speaks next', () => {
  itSaysWho(
    [
      ['وهاجم المندوب السوداني الحارث إدريس الدول التي تسلح الميليشيا. وقال: "نعرف من يمول الحرب".', 'نعرف من يمول الحرب', 'الحارث إدريس'],
      ['وانتقدت الوزيرة سلمى حداد المانحين الدوليين، وقالت: "الناس ينتظرون منذ أسابيع".', 'الناس ينتظرون منذ أسابيع', 'سلمى حداد'],
      ['وانتقد المحلل سامر عوض الموقف الأوروبي قائلا: "التصريحات لا تكفي".', 'التصريحات لا تكفي', 'سامر عوض'],
    ],
    LEAD,
  );
});

describe('an army attacking a town is no speaker', () => {
  it('"وهاجم الجيش البلدة" reports no words', () => {
    expect(analyze('وهاجم الجيش البلدة فجرا بالمدفعية الثقيلة.', { stopEarly: false }).quotes).toEqual([]);
  });
});
