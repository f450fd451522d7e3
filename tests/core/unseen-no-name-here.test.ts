// Words that only look like a name: "و" on a common noun ("ومنطقة X") opens no
// name after a nationality or a role, and "نادر" (rare) is an adjective unless
// something says it is a name. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { personNames } from './support/speaking';

describe('no person is found in', () => {
  it.each([
    ['وقع الطرفان بروتوكولا لترسيم الحدود بين منطقة تافوش الأرمينية ومنطقة قازاخ الأذربيجانية.', 'ومنطقة'],
    ['وتمتد الدوريات بين بلدة عفرين السورية وقرية كلس التركية كل أسبوع.', 'وقرية'],
    ['ووصلت القافلة إلى ولاية كسلا السودانية ومدينة حلفا الجديدة مساء الأحد.', 'ومدينة'],
    ['علماء الفلك: مذنب نادر يضيء سماء المدينة هذا الأسبوع', 'نادر'],
    ['وشاهد السكان طائرا نادر اللون يحط على سطح المسجد.', 'نادر'],
  ])('%s', (text, word) => {
    expect(personNames(text).some((n) => n.includes(word))).toBe(false);
  });

  it('a man named Nader with his family name is still found after a speech verb', () => {
    expect(personNames('وقال نادر سليم الحلبي إن الطريق إلى المدينة مغلق منذ يومين.')).toContain('نادر سليم الحلبي');
  });
});
