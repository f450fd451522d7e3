// A body named in full with its place or nation, and elsewhere in the same
// text without it (src/core/bodies/without-place.ts). Every sentence is our
// own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';

/** Each actor's id (or its longest name) with its mentions as printed. */
const mentionsOf = (text: string): Array<[string, string[]]> =>
  analyze(text, { stopEarly: false }).actors.map((a) => [a.id ?? a.name.ar, a.mentions.map((m) => m.surface)]);

describe('a body named again without its place or nation', () => {
  it('the civil defence of Gaza named short, behind a preposition and behind و', () => {
    const text = 'وقال الدفاع المدني في غزة إن طواقمه انتشلت خمسة جثامين من تحت الركام.\n\nوأوضح المتحدث باسم الدفاع المدني أن المعدات الثقيلة غير متوفرة، والدفاع المدني يعمل بآليتين فقط.';
    expect(mentionsOf(text)).toContainEqual(['gaza-civil-defence', ['الدفاع المدني في غزة', 'الدفاع المدني', 'الدفاع المدني']]);
  });

  it('a national guard named with its nation, then without it, also before the full name', () => {
    const text = 'الحرس الوطني يصد هجوما قرب خاركيف\n\nأعلن الحرس الوطني الأوكراني صد هجوم على قرية شرقي المدينة. وقال الحرس الوطني في بيان إن وحداته أسرت جنديين.';
    expect(mentionsOf(text)).toContainEqual(['ukrainian-national-guard', ['الحرس الوطني', 'الحرس الوطني الأوكراني', 'الحرس الوطني']]);
  });

  it('a body the gazetteer lacks, named with its city or nation, then without it: one body', () => {
    const cases: Array<[string, string[]]> = [
      ['وطالبت نقابة الأطباء في حلب بإمدادات عاجلة. وقالت نقابة الأطباء إن المخزون يكفي أسبوعا.', ['نقابة الأطباء في حلب', 'نقابة الأطباء']],
      ['ودعت جمعية المزارعين السودانية إلى تأجيل الموسم، وحذرت جمعية المزارعين من نقص البذور.', ['جمعية المزارعين السودانية', 'جمعية المزارعين']],
      ['وقالت لجنة الإغاثة إن القافلة وصلت، بعد يومين من تحذير لجنة الإغاثة في إدلب من نفاد الطحين.', ['لجنة الإغاثة', 'لجنة الإغاثة في إدلب']],
    ];
    for (const [text, mentions] of cases) expect(mentionsOf(text)).toContainEqual([mentions.reduce((a, b) => (b.length > a.length ? b : a)), mentions]);
  });

  it('two cities, two bodies: the short name is neither', () => {
    const text = 'وطالبت نقابة الأطباء في حلب بإمدادات، كما طالبت نقابة الأطباء في حمص بوقود. وقالت نقابة الأطباء إن الأزمة عامة.';
    expect(mentionsOf(text).filter(([, ms]) => ms.includes('نقابة الأطباء في حلب'))).toEqual([['نقابة الأطباء في حلب', ['نقابة الأطباء في حلب']]]);
  });
});

describe('what stays unnamed', () => {
  it('the short name with another nation after it is another body', () => {
    const text = 'وأعلن الحرس الوطني الأوكراني صد هجوم قرب خاركيف. وفي خبر آخر، أنهى الحرس الوطني الكويتي تدريبات سنوية.';
    expect(mentionsOf(text)).toContainEqual(['ukrainian-national-guard', ['الحرس الوطني الأوكراني']]);
  });

  it('a short name two bodies of the text share names neither', () => {
    const text = 'وقال البنك المركزي في صنعاء إن القرار باطل. وفي المقابل تمسك البنك المركزي اليمني بقراره. ويرى خبراء أن توحيد البنك المركزي شرط لأي تسوية.';
    const all = mentionsOf(text).flatMap(([, ms]) => ms);
    expect(all.filter((m) => m === 'البنك المركزي')).toEqual([]);
  });

  it('a name of one word left, or a name without the article, stays as it is', () => {
    const text = 'وأعلن الجيش السوداني تقدمه في كردفان. وقال الجيش إن قواته دخلت البلدة.';
    expect(mentionsOf(text).flatMap(([, ms]) => ms)).not.toContain('الجيش');
    const agency = 'وهنأت وكالة الفضاء الأميركية الطاقم. وقالت وكالة الفضاء الأوروبية إن المهمة تأجلت.';
    expect(mentionsOf(agency).flatMap(([, ms]) => ms).filter((m) => !m.startsWith('وكالة'))).toEqual([]);
  });
});
