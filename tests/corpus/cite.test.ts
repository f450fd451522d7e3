// Citations and exports: CSV, documented JSON, W3C Web Annotations.
import { describe, expect, it } from 'vitest';
import { citation, citedFromPages, toCsv, toStatementsJson, toWebAnnotation, toWebAnnotations, type CitedStatement } from '../../src/core/corpus/cite';
import type { MemoryPage } from '../../src/core/corpus/memory-schema';

const context = 'وقال المتحدث باسم الحكومة إن "الهدنة صامدة حتى الآن" رغم الخروقات.';
const quote = 'الهدنة صامدة حتى الآن';
const page: MemoryPage = {
  url: 'https://akhbar.example/n/5',
  title: 'الهدنة صامدة',
  date: '2024-06-01',
  dateSource: 'json-ld',
  savedAt: '2024-06-02T08:00:00.000Z',
  outlet: 'أخبار المثال',
  conflict: 'sudan',
  statements: [{ kind: 'direct', context, quoteStart: context.indexOf(quote), quoteEnd: context.indexOf(quote) + quote.length, speaker: { id: null, name: 'المتحدث باسم الحكومة' } }],
};
const [row] = citedFromPages([page]) as [CitedStatement];

describe('citations', () => {
  it('cites speaker, words, outlet, date and address in Arabic and English', () => {
    expect(row.quote).toBe(quote);
    expect(citation(row, 'ar')).toBe('المتحدث باسم الحكومة: «الهدنة صامدة حتى الآن». أخبار المثال، 2024-06-01. https://akhbar.example/n/5');
    expect(citation(row, 'en', 'Government spokesman')).toBe('Government spokesman: “الهدنة صامدة حتى الآن”. أخبار المثال, 1 June 2024. https://akhbar.example/n/5');
  });

  it('says when the date is only the day it was read, or unknown, and marks reported speech', () => {
    expect(citation({ ...row, dateSource: 'visit' }, 'en')).toContain('read on 1 June 2024');
    expect(citation({ ...row, dateSource: 'visit' }, 'ar')).toContain('قُرئ في 2024-06-01');
    expect(citation({ ...row, date: null, speaker: null, kind: 'indirect', url: 'seed.txt' }, 'en')).toBe('Unknown speaker: (reported) الهدنة صامدة حتى الآن. أخبار المثال, undated.');
  });
});

describe('exports', () => {
  it('CSV: a header, quoted fields, formulas defused, a byte order mark', () => {
    const csv = toCsv([row, { ...row, quote: '=HYPERLINK("x")', title: 'سطر\nثان' }]);
    expect(csv.startsWith('\uFEFFspeaker_id,speaker_name,kind,quote,context')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toContain(',direct,الهدنة صامدة حتى الآن,');
    expect(lines[1]).toContain('"وقال المتحدث باسم الحكومة إن ""الهدنة صامدة حتى الآن"" رغم الخروقات."');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"سطر\nثان"');
  });

  it('JSON: the documented format with every field', () => {
    const parsed = JSON.parse(toStatementsJson([row], new Date('2025-01-01T00:00:00Z')));
    expect(parsed).toMatchObject({ format: 'sada-statements', version: 1, exportedAt: '2025-01-01T00:00:00.000Z', statements: [{ quote, outlet: 'أخبار المثال', date: '2024-06-01', url: page.url }] });
  });

  it('Web Annotation: a TextQuoteSelector with the exact words, prefix and suffix from the context', () => {
    const a = toWebAnnotation(row) as { target: { source: string; selector: { type: string; exact: string; prefix: string; suffix: string } }; id: string };
    expect(a.target.source).toBe(page.url);
    expect(a.target.selector).toEqual({ type: 'TextQuoteSelector', exact: quote, prefix: 'وقال المتحدث باسم الحكومة إن "', suffix: '" رغم الخروقات.' });
    expect(`${a.target.selector.prefix}${a.target.selector.exact}${a.target.selector.suffix}`).toBe(context);
    expect(a.id).toBe((toWebAnnotation({ ...row }) as { id: string }).id);
    const collection = JSON.parse(toWebAnnotations([row, row]));
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 2, first: { type: 'AnnotationPage' } });
    expect(collection.first.items[0].body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'sudan' });
  });
});
