// card.html's query string is written by page-side code: checked field by field.
import { describe, expect, it } from 'vitest';
import { MAX_QUOTE, parseCardParams, timelineQuery } from '../../src/card/params';

describe('parseCardParams', () => {
  it('reads an actor, a quote and a timeline', () => {
    expect(parseCardParams('?kind=actor&id=volodymyr-zelensky&name=زيلينسكي&conflict=russia-ukraine')).toEqual({ view: 'actor', id: 'volodymyr-zelensky', name: 'زيلينسكي', conflict: 'russia-ukraine' });
    expect(parseCardParams('?kind=quote&id=&name=x&conflict=gaza&speaker=&speakerName=المتحدث&quote=نرفض%20التهجير&kind2=indirect')).toEqual({
      view: 'quote',
      quote: 'نرفض التهجير',
      quoteKind: 'indirect',
      speaker: { id: null, name: 'المتحدث' },
      conflict: 'gaza',
    });
    expect(parseCardParams(`?${timelineQuery('antonio-guterres', 'غوتيريش', 'yemen').split('?')[1]}`)).toEqual({ view: 'timeline', id: 'antonio-guterres', name: 'غوتيريش', conflict: 'yemen' });
  });

  it('drops what is malformed and cuts what is long', () => {
    expect(parseCardParams('?kind=quote&quote=')).toBeNull();
    expect(parseCardParams('?kind=timeline&id=<script>')).toBeNull();
    expect(parseCardParams('?kind=other')).toBeNull();
    const long = parseCardParams(`?kind=quote&quote=${'ا'.repeat(5000)}&speaker=Bad Id&conflict=../x`);
    expect(long).toMatchObject({ speaker: null, conflict: null });
    expect(long?.view === 'quote' && long.quote.length).toBe(MAX_QUOTE);
  });
});
