// Schema and consistency checks for the gazetteer (data/actors/*.json): every
// file parses, ids are unique and well-formed, enums are valid, names are
// Arabic and unambiguous after normalization, and no title hides another
// actor's name (GUIDELINES "Resolved cases": such a title is never a surface).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../../src/core/text/normalize';
import { CONFLICT_IDS, type ActorEntry } from '../../src/core/types';
import { stateNames } from '../../src/core/state-names';

const ACTORS_DIR = join(__dirname, '../../data/actors');
const EXPECTED_FILES = ['gaza', 'international', 'karabakh', 'russia-ukraine', 'sudan', 'syria', 'yemen'];
const TYPES = new Set(['person', 'state', 'organization', 'group', 'media']);
const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// Arabic letters, spaces, and the few marks outlets print inside names.
const ARABIC_NAME_RE = /^[\u0600-\u06FF\u0750-\u077F\u200C ()\-'’0-9]+$/;

interface Loaded {
  file: string;
  actor: ActorEntry & { adjectives?: string[] };
}

/** The names an actor goes by: its own, and for a state those made from its adjectives. */
const allNames = (actor: Loaded['actor']) => [...actor.names, ...stateNames(actor.adjectives ?? [])];

function loadAll(): { files: string[]; actors: Loaded[]; raw: Record<string, unknown> } {
  const files = readdirSync(ACTORS_DIR).filter((f) => f.endsWith('.json')).sort();
  const actors: Loaded[] = [];
  const raw: Record<string, unknown> = {};
  for (const file of files) {
    const parsed: unknown = JSON.parse(readFileSync(join(ACTORS_DIR, file), 'utf8'));
    raw[file] = parsed;
    const list = (parsed as { actors?: unknown }).actors;
    if (Array.isArray(list)) for (const actor of list) actors.push({ file, actor: actor as ActorEntry });
  }
  return { files, actors, raw };
}

/** Normalized form plus collapsed whitespace: the key two names collide on. */
const key = (s: string) => normalizeArabic(s).replace(/\s+/g, ' ').trim();

const { files, actors, raw } = loadAll();

describe('gazetteer files', () => {
  it('has one file per conflict plus international.json', () => {
    for (const name of EXPECTED_FILES) expect(files).toContain(`${name}.json`);
  });

  it.each(files)('%s is { "actors": [...] } with a non-empty list', (file) => {
    const parsed = raw[file] as { actors?: unknown };
    expect(Object.keys(parsed)).toEqual(['actors']);
    expect(Array.isArray(parsed.actors)).toBe(true);
    expect((parsed.actors as unknown[]).length).toBeGreaterThan(10);
  });

  it('is broad: several hundred actors', () => {
    expect(actors.length).toBeGreaterThanOrEqual(400);
  });
});

describe('each actor', () => {
  it.each(actors.map((a) => [a.actor.id ?? '(no id)', a] as const))('%s is well-formed', (_id, { actor }) => {
    const allowed = new Set(['id', 'type', 'ar', 'en', 'about', 'gender', 'conflicts', 'names', 'titles', 'adjectives']);
    for (const k of Object.keys(actor)) expect(allowed, `unknown field ${k}`).toContain(k);
    expect(actor.id).toMatch(ID_RE);
    expect(TYPES).toContain(actor.type);
    expect(['m', 'f']).toContain(actor.gender);
    expect(actor.ar).toMatch(ARABIC_NAME_RE);
    expect(actor.en.trim().length).toBeGreaterThan(1);
    expect(actor.about.ar.trim().length).toBeGreaterThan(3);
    expect(actor.about.en.trim().length).toBeGreaterThan(3);
    expect(actor.about.ar).toMatch(/[\u0621-\u064A]/);
    // (None only for states and officials Arabic news names in passing, party to none of our conflicts: 'غيانا'.)
    if (actor.conflicts.length === 0) expect(['state', 'person'], 'an actor of no conflict is a state or a person').toContain(actor.type);
    for (const c of actor.conflicts) expect(CONFLICT_IDS as readonly string[]).toContain(c);
    expect(new Set(actor.conflicts).size).toBe(actor.conflicts.length);
    expect(actor.names.length).toBeGreaterThan(0);
    for (const n of [...actor.names, ...(actor.titles ?? [])]) {
      expect(n, `"${n}" is trimmed`).toBe(n.trim());
      expect(n, `"${n}" is Arabic`).toMatch(ARABIC_NAME_RE);
      expect(n).toMatch(/[\u0621-\u064A]/);
      expect(key(n).length, `"${n}" is not too short`).toBeGreaterThanOrEqual(3);
    }
    if (actor.titles) expect(actor.type).toBe('person');
    if (actor.adjectives) {
      expect(actor.type, 'adjectives name a state').toBe('state');
      for (const a of actor.adjectives) expect(a, 'a masculine adjective with ال').toMatch(/^ال[\u0621-\u064A]+[يى]( ال[\u0621-\u064A]+[يى])*$/);
      const own = new Set(actor.names.map(key));
      for (const n of stateNames(actor.adjectives)) expect(own.has(key(n)), `"${n}" comes from the adjectives: no need to list it`).toBe(false);
    }
    const keys = [...actor.names, ...(actor.titles ?? [])].map(key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i), 'no duplicate spelling after normalization').toEqual([]);
  });
});

describe('across files', () => {
  it('ids are unique', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const { file, actor } of actors) {
      if (seen.has(actor.id)) dupes.push(`${actor.id} in ${seen.get(actor.id)} and ${file}`);
      seen.set(actor.id, file);
    }
    expect(dupes).toEqual([]);
  });

  it('no name or title belongs to two actors after normalization', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const { actor } of actors) {
      const mine = new Set([...allNames(actor), ...(actor.titles ?? [])].map(key));
      for (const k of mine) {
        const other = owner.get(k);
        if (other && other !== actor.id) clashes.push(`"${k}": ${other} / ${actor.id}`);
        owner.set(k, actor.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('no title contains another actor\'s name as whole words', () => {
    const names: Array<[string, string]> = [];
    for (const { actor } of actors) for (const n of allNames(actor)) names.push([` ${key(n)} `, actor.id]);
    const offenders: string[] = [];
    for (const { actor } of actors) {
      for (const t of actor.titles ?? []) {
        // Allow the proclitic لل/ل before an inner name ("للأمم المتحدة").
        const words = ` ${key(t)} `.replace(/ لل/g, ' ال');
        for (const [n, id] of names) if (id !== actor.id && words.includes(n)) offenders.push(`${actor.id}: "${t}" ⊃ ${id}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('every conflict has its actors, and media are typed media', () => {
    for (const c of CONFLICT_IDS) {
      const n = actors.filter((a) => a.actor.type !== 'media' && a.actor.conflicts.includes(c)).length;
      expect(n, c).toBeGreaterThanOrEqual(30);
    }
    expect(actors.filter((a) => a.actor.type === 'media').length).toBeGreaterThan(10);
  });
});
