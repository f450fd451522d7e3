// A place's name opened by a common noun ("بحر قزوين"، "جبل الشيخ"، "نهر دجلة")
// and then described ("، التي …") is no person. Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { personNames } from './support/speaking';

const LEAD = 'تواصل القصف على المدن الحدودية وسقط قتلى وجرحى في الغارات.\n\n';

describe('a place named by a common noun, then described', () => {
  for (const [text, place] of [
    ['وتراجع منسوب بحر قزوين، الذي تتقاسمه خمس دول، إلى أدنى مستوى.', 'بحر قزوين'],
    ['وتراجعت مياه نهر دجلة، الذي يعبر المدينة، إلى أدنى مستوى.', 'نهر دجلة'],
    ['وتمركزت القوات على سفوح جبل عامل، الذي يطل على القرى.', 'جبل عامل'],
    ['وأغلقت السلطات أسواق مدينة حلب، التي تضررت من القصف.', 'مدينة حلب'],
  ] as const) {
    it(place, () => {
      expect(personNames(LEAD + text)).not.toContain(place);
    });
  }

  it('a name described the same way is still a person', () => {
    expect(personNames(`${LEAD}ويقف سمير قزوين، الذي فقد بيته، أمام الركام.`)).toContain('سمير قزوين');
  });
});
