// A new conflict is data files and locale strings only: a seventh conflict,
// loaded from tests/fixtures/seventh-conflict beside the bundled data, is found,
// its actors named and its quotes attributed, with no code change.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, CONFLICT_IDS, finderFromFiles } from '../../src/core';

const root = join(__dirname, '../..');
function jsonFiles(dir: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) out[f] = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  return out;
}
const fixture = join(root, 'tests/fixtures/seventh-conflict');
const finder = finderFromFiles(
  { ...jsonFiles(join(root, 'data/actors')), ...jsonFiles(join(fixture, 'actors')) },
  { ...jsonFiles(join(root, 'data/conflicts')), ...jsonFiles(join(fixture, 'conflicts')) },
);

// Our own article about the fixture conflict.
const ARTICLE = [
  'معارك عنيفة في إقليم تيغراي شمال إثيوبيا',
  '',
  'تجددت الاشتباكات بين الجيش الإثيوبي ومقاتلي الجبهة الشعبية لتحرير تيغراي قرب مدينة شاير، وفق ما أفاد سكان.',
  '',
  'وقال رئيس الإدارة المؤقتة في الإقليم غيتاتشو رضا: "لن نقبل بعودة الحرب إلى تيغراي تحت أي ظرف".',
  '',
  'من جهته، قال رئيس الوزراء الإثيوبي آبي أحمد إن "الحكومة ملتزمة باتفاق السلام الموقع في بريتوريا".',
  '',
  'وتخشى منظمات الإغاثة من موجة نزوح جديدة نحو أمهرة وعفر بعد أن فر آلاف المدنيين من ميكيلي خلال الأيام الماضية.',
].join('\n');

describe('a seventh conflict from data files alone', () => {
  it('the fixture conflict is known to the finder, after the six bundled ones', () => {
    expect(finder.conflictModel.ids.slice(0, 7)).toEqual([...CONFLICT_IDS, 'tigray']);
    expect(finder.conflictsOf('tplf')).toEqual(['tigray']);
  });

  it('an article about it is reported as that conflict, with its actors and speakers', () => {
    const out = analyze(ARTICLE, { finder });
    expect(out.conflicts.map((c) => c.id)).toEqual(['tigray']);
    const ids = out.actors.map((a) => a.id);
    for (const id of ['abiy-ahmed', 'tplf', 'getachew-reda', 'ethiopian-army']) expect(ids).toContain(id);
    const direct = out.quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker?.id);
    expect(direct).toEqual(['getachew-reda', 'abiy-ahmed']);
  });

  it('the bundled knowledge does not report it', () => {
    expect(analyze(ARTICLE).conflicts.map((c) => c.id)).not.toContain('tigray');
  });

  it('the six bundled conflicts are still found with the larger knowledge', () => {
    const yemen = 'الحوثيون يستهدفون سفينة في البحر الأحمر\n\nأعلنت جماعة الحوثي في اليمن استهداف سفينة قرب الحديدة، وقال المتحدث العسكري يحيى سريع إن "العملية جاءت ردا على الغارات على صنعاء".';
    expect(analyze(yemen, { finder }).conflicts.map((c) => c.id)).toEqual(['yemen']);
  });
});
