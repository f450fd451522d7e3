// A loaded index file: columns decoded up front (cheap), postings decoded
// lazily term by term on first use. Pure.
import { CORPUS_FORMAT, CORPUS_VERSION, type SerializedCorpus } from './build';
import { decodeVarintArray } from './encoding';
import { shingles } from './text';
import { dateFromKey, type SegmentOrigin, type Statement } from './types';

export class CorpusFormatError extends Error {}

export interface Postings {
  docs: Uint32Array;
  tfs: Uint16Array;
}

const EMPTY_POSTINGS: Postings = { docs: new Uint32Array(0), tfs: new Uint16Array(0) };

export class CorpusSegment {
  readonly size: number;
  readonly lengths: Uint32Array;
  readonly totalLength: number;
  readonly dates: Int32Array;
  readonly speakerColumn: Int32Array;
  readonly conflictColumn: Int32Array;
  private readonly termIds = new Map<string, number>();
  private readonly decoded: Array<Postings | undefined>;
  private readonly dfs: Uint32Array;
  private speakerDocs?: Map<string, number[]>;
  /** Shingles of recently shown quotes (duplicate folding asks for the same ones again and again). */
  private readonly shingleCache = new Map<number, Set<number>>();
  private conflictDocs?: Map<string, number[]>;

  constructor(
    private readonly data: SerializedCorpus,
    readonly origin: SegmentOrigin,
  ) {
    this.size = data.count;
    this.lengths = decodeVarintArray(data.lengths);
    if (this.lengths.length !== this.size) throw new CorpusFormatError('statement lengths do not match the count');
    let total = 0;
    for (const l of this.lengths) total += l;
    this.totalLength = total;
    this.dates = Int32Array.from(data.date);
    this.speakerColumn = Int32Array.from(data.speaker);
    this.conflictColumn = Int32Array.from(data.conflict);
    data.terms.forEach((t, i) => this.termIds.set(t, i));
    this.decoded = new Array(data.terms.length);
    this.dfs = decodeVarintArray(data.df);
    if (this.dfs.length !== data.terms.length) throw new CorpusFormatError('term frequencies do not match the terms');
  }

  get terms(): readonly string[] {
    return this.data.terms;
  }

  postings(term: string): Postings {
    const id = this.termIds.get(term);
    if (id === undefined) return EMPTY_POSTINGS;
    let p = this.decoded[id];
    if (!p) {
      const values = decodeVarintArray(this.data.postings[id]!);
      const n = this.dfs[id]!;
      const docs = new Uint32Array(n);
      const tfs = new Uint16Array(n);
      let doc = 0;
      let k = 0;
      for (let i = 0; i < values.length && k < n; i++) {
        const v = values[i]!;
        doc += v >>> 1;
        docs[k] = doc;
        tfs[k++] = v & 1 ? values[++i]! : 1;
      }
      if (k !== n) throw new CorpusFormatError(`the postings of "${term}" are damaged`);
      p = { docs, tfs };
      this.decoded[id] = p;
    }
    return p;
  }

  df(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : this.dfs[id]!;
  }

  /** Index terms that start with `prefix` (the sorted term list, binary searched). */
  termsWithPrefix(prefix: string, max = 5000): string[] {
    const terms = this.data.terms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < terms.length && out.length < max && terms[i]!.startsWith(prefix); i++) out.push(terms[i]!);
    return out;
  }

  speakerId(doc: number): string | null {
    const s = this.speakerColumn[doc]!;
    return s < 0 ? null : (this.data.speakers[s]?.[0] ?? null);
  }

  conflict(doc: number): string | null {
    const c = this.conflictColumn[doc]!;
    return c < 0 ? null : (this.data.conflicts[c] ?? null);
  }

  source(doc: number): string {
    return this.data.sources[this.data.source[doc]!]?.[0] ?? '';
  }

  quoteText(doc: number): string {
    return this.data.context[doc]!.slice(this.data.quote[2 * doc], this.data.quote[2 * doc + 1]);
  }

  quoteShingles(doc: number): Set<number> {
    let sh = this.shingleCache.get(doc);
    if (!sh) {
      if (this.shingleCache.size >= 20_000) this.shingleCache.clear();
      sh = shingles(this.quoteText(doc));
      this.shingleCache.set(doc, sh);
    }
    return sh;
  }

  docsBySpeaker(id: string): readonly number[] {
    if (!this.speakerDocs) this.speakerDocs = groupDocs(this.size, (d) => this.speakerId(d));
    return this.speakerDocs.get(id) ?? [];
  }

  docsByConflict(id: string): readonly number[] {
    if (!this.conflictDocs) this.conflictDocs = groupDocs(this.size, (d) => this.conflict(d));
    return this.conflictDocs.get(id) ?? [];
  }

  statement(doc: number): Statement {
    const d = this.data;
    const speaker = d.speaker[doc]! >= 0 ? d.speakers[d.speaker[doc]!]! : null;
    const outlet = d.outlet[doc]! >= 0 ? d.outlets[d.outlet[doc]!]! : null;
    const [source, title, visit] = d.sources[d.source[doc]!] ?? ['', null];
    return {
      kind: d.kind[doc] === 'd' ? 'direct' : 'indirect',
      context: d.context[doc]!,
      quoteStart: d.quote[2 * doc]!,
      quoteEnd: d.quote[2 * doc + 1]!,
      speaker: speaker ? { id: speaker[0], name: speaker[1] } : null,
      date: dateFromKey(d.date[doc]!),
      outlet,
      source,
      title,
      conflict: this.conflict(doc),
      ...(visit === 1 ? { visitDate: true } : {}),
    };
  }
}

function groupDocs(size: number, key: (doc: number) => string | null): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (let d = 0; d < size; d++) {
    const k = key(d);
    if (k === null) continue;
    let list = map.get(k);
    if (!list) map.set(k, (list = []));
    list.push(d);
  }
  return map;
}

const isArrayOf = (v: unknown, check: (x: unknown) => boolean, length?: number): boolean =>
  Array.isArray(v) && (length === undefined || v.length === length) && v.every(check);
const isInt = (x: unknown) => Number.isInteger(x);
const isStr = (x: unknown) => typeof x === 'string';

/** Checks an index file's shape (not every posting) and loads it. Throws CorpusFormatError. */
export function loadCorpus(raw: unknown, origin: SegmentOrigin = 'bundled'): CorpusSegment {
  if (typeof raw !== 'object' || raw === null) throw new CorpusFormatError('the index is not a JSON object');
  const d = raw as Partial<SerializedCorpus>;
  if (d.format !== CORPUS_FORMAT) throw new CorpusFormatError('not a Sada corpus index');
  if (d.version !== CORPUS_VERSION) throw new CorpusFormatError(`unsupported corpus version ${String(d.version)} (this Sada reads ${CORPUS_VERSION})`);
  const n = d.count;
  if (!Number.isInteger(n) || n! < 0) throw new CorpusFormatError('bad statement count');
  const ok =
    typeof d.kind === 'string' && d.kind.length === n &&
    isArrayOf(d.speaker, isInt, n) && isArrayOf(d.outlet, isInt, n) && isArrayOf(d.source, isInt, n) &&
    isArrayOf(d.conflict, isInt, n) && isArrayOf(d.date, isInt, n) && isArrayOf(d.context, isStr, n) &&
    isArrayOf(d.quote, isInt, 2 * n!) && isArrayOf(d.terms, isStr) && isArrayOf(d.postings, isStr, d.terms?.length) && typeof d.df === 'string' &&
    typeof d.lengths === 'string' && Array.isArray(d.speakers) && Array.isArray(d.outlets) &&
    Array.isArray(d.conflicts) && Array.isArray(d.sources);
  if (!ok) throw new CorpusFormatError('the index is malformed');
  try {
    return new CorpusSegment(d as SerializedCorpus, origin);
  } catch (err) {
    if (err instanceof CorpusFormatError) throw err;
    throw new CorpusFormatError(`the index is malformed: ${(err as Error).message}`);
  }
}
