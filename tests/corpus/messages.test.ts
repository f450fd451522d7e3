import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/shared/messages';
import { parseHits } from '../../src/core/corpus/wire';
import { corpusOf, statement } from './helpers';

describe('corpus messages', () => {
  it('accepts well-formed corpus requests', () => {
    expect(parseMessage({ type: 'sada:search', query: 'غزة', filters: { conflict: 'gaza', from: '2023-01-01' } })).toEqual({
      type: 'sada:search',
      query: 'غزة',
      filters: { conflict: 'gaza', from: '2023-01-01' },
    });
    expect(parseMessage({ type: 'sada:related', tabId: 3 })).toEqual({ type: 'sada:related', tabId: 3 });
    expect(parseMessage({ type: 'sada:memory', action: { kind: 'forget-page', url: 'https://e.com/' } })).not.toBeNull();
    expect(parseMessage({ type: 'sada:memory', action: { kind: 'import-pages', pages: [{}], dryRun: true } })).not.toBeNull();
    expect(parseMessage({ type: 'sada:card', actorId: 'dmitry-peskov', quote: 'نحن مستعدون للحوار' })).not.toBeNull();
    expect(parseMessage({ type: 'sada:timeline', actorId: 'dmitry-peskov', filters: { conflict: 'gaza' } })).not.toBeNull();
  });

  it('drops malformed ones', () => {
    expect(parseMessage({ type: 'sada:search', query: 5, filters: {} })).toBeNull();
    expect(parseMessage({ type: 'sada:search', query: 'x'.repeat(501), filters: {} })).toBeNull();
    expect(parseMessage({ type: 'sada:search', query: 'x', filters: { from: 'yesterday' } })).toBeNull();
    expect(parseMessage({ type: 'sada:related', tabId: -1 })).toBeNull();
    // Content scripts no longer ask for statements at all: the card is an extension page.
    expect(parseMessage({ type: 'sada:statements-by-speaker', actorId: 'dmitry-peskov' })).toBeNull();
    expect(parseMessage({ type: 'sada:memory', action: { kind: 'format-disk' } })).toBeNull();
    expect(parseMessage({ type: 'sada:memory', action: { kind: 'list', limit: -1 } })).toBeNull();
    expect(parseMessage({ type: 'sada:memory', action: { kind: 'import-pages', pages: new Array(501).fill({}), dryRun: false } })).toBeNull();
    expect(parseMessage({ type: 'sada:memory', action: { kind: 'forget-site', host: '' } })).toBeNull();
    expect(parseMessage({ type: 'sada:card', actorId: '<b>', quote: null })).toBeNull();
    expect(parseMessage({ type: 'sada:timeline', actorId: 'dmitry-peskov', filters: { from: 'soon' } })).toBeNull();
  });

  it('validates the hits that come back', () => {
    const hits = corpusOf([statement('الوضع في غزة كارثي')]).search('غزة');
    expect(parseHits(JSON.parse(JSON.stringify(hits)))).toHaveLength(1);
    expect(parseHits([{ ...hits[0], statement: { ...hits[0]!.statement, quoteEnd: 10_000 } }])).toBeNull();
    expect(parseHits('nope')).toBeNull();
  });
});
