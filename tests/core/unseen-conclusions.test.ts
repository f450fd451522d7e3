// "يخلص X إلى أن …" (X concludes that …) reports X's words, as an analysis
// piece ends its experts' paragraphs; "تخلص من" (got rid of) says nothing.
// Texts of our own writing.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { itSaysWho } from './support/speaking';

const indirect = (text: string) => analyze(text, { stopEarly: false }).quotes.filter((q) => q.kind === 'indirect').map((q) => text.slice(q.start, q.end));

describe('a conclusion reports its speaker', () => {
  itSaysWho([
    ['وتخلص الباحثة سلمى النعيمي إلى أن الهدنات المحلية "لا تغني عن اتفاق شامل بين الطرفين".', 'لا تغني عن اتفاق شامل بين الطرفين', 'سلمى النعيمي'],
    ['ويخلص الخبير العسكري رياض الحمدي إلى أن "الجبهة لن تتحرك قبل الربيع".', 'الجبهة لن تتحرك قبل الربيع', 'رياض الحمدي'],
    ['وخلصت وزارة الخارجية الأوكرانية إلى أن "الهجوم كان متعمدا".', 'الهجوم كان متعمدا', 'وزارة الخارجية الأوكرانية'],
  ]);

  it('reads the reported clause', () => {
    expect(indirect('ويخلص الاقتصادي مازن العلي إلى أن الليرة ستواصل التراجع ما لم تصل المساعدات.')).toEqual(['الليرة ستواصل التراجع ما لم تصل المساعدات']);
  });

  it('says nothing where the verb means getting rid of something', () => {
    expect(indirect('وتمكنت الأسرة من أن تتخلص من الديون بعد عامين.')).toEqual([]);
    expect(indirect('وتخلص المزارعون من المحصول التالف قبل أن يصل التجار.')).toEqual([]);
  });
});
