// How the bundled finder is built ahead of the first article: its names normalized at build time
// (finder.ts prepareNames, build.mjs) find exactly what a finder that normalizes the names itself finds, and
// words prepared for another list of entries are not taken; built a step at a time (the background's
// warm-up, defaultFinderStep), it is the same finder as built in one go.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createActorFinder, findActors } from '../../src/core/actors';
import { actorFinderSteps, defaultActorFinder, defaultFinderStep, prepareNames } from '../../src/core/finder';
import { loadGazetteer } from '../../src/core/gazetteer';
import { BUNDLED_CONFLICTS } from '../../src/core/knowledge';
import type { ActorEntry } from '../../src/core/types';

const dev = join(__dirname, '../../../shared/eval/dev');
const texts = readdirSync(dev)
  .filter((f) => f.endsWith('.json'))
  .map((f) => (JSON.parse(readFileSync(join(dev, f), 'utf8')) as { text: string }).text)
  .slice(0, 12);

function actor(id: string, names: string[], titles: string[] = []): ActorEntry {
  return { id, type: 'person', ar: names[0]!, en: id, about: { ar: '', en: '' }, gender: 'm', conflicts: ['russia-ukraine'], names, titles };
}

describe('names normalized at build time', () => {
  const entries = loadGazetteer();
  const prepared = prepareNames(entries);

  it('give the same finder: the same actors and mentions in every text', () => {
    const plain = createActorFinder(entries, BUNDLED_CONFLICTS);
    const ahead = createActorFinder(entries, BUNDLED_CONFLICTS, prepared);
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) expect(findActors(text, ahead)).toEqual(findActors(text, plain));
  });

  it('keep every case form and the titles apart from the names (a title stays a title)', () => {
    const own = [actor('a', ['المتمردون الحوثيون', 'أبو محمد']), actor('b', ['زاخاروفا'], ['المتحدثة باسم الخارجية'])];
    const words = prepareNames(own).words;
    expect(words[0]).toEqual(['المتمردون الحوثيون', 'المتمردين الحوثيين', 'ابو محمد']);
    expect(words[1]).toEqual(['زاخاروفا', '', 'المتحدثه باسم الخارجيه']);
    const text = 'قالت المتحدثة باسم الخارجية إن المتمردين الحوثيين رفضوا.';
    expect(findActors(text, createActorFinder(own, BUNDLED_CONFLICTS, prepareNames(own)))).toEqual(findActors(text, createActorFinder(own, BUNDLED_CONFLICTS)));
  });

  it('are not taken for another list of entries (the ids tell)', () => {
    const other = prepareNames([actor('x', ['لافروف'])]);
    const text = 'قالت زاخاروفا إن لافروف سيزور أنقرة.';
    const mentions = (prepared: ReturnType<typeof prepareNames>) =>
      findActors(text, createActorFinder([actor('a', ['زاخاروفا'])], BUNDLED_CONFLICTS, prepared)).map((a) => [a.id, a.mentions.map((m) => text.slice(m.start, m.end))]);
    expect(mentions(other)).toEqual([['a', ['زاخاروفا']]]);
    expect(mentions(prepareNames([actor('a', ['لافروف']), actor('b', ['بوتين'])]))).toEqual([['a', ['زاخاروفا']]]);
    // The same ids: taken (build.mjs prepares them from the very entries the bundle loads).
    expect(mentions(prepareNames([actor('a', ['لافروف'])]))).toEqual([['a', ['لافروف']]]);
  });
});

describe('the bundled finder built a step at a time (the background warm-up)', () => {
  it('yields between parts and ends with the same finder as in one go', () => {
    const entries = loadGazetteer();
    const steps = actorFinderSteps(entries, BUNDLED_CONFLICTS);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThan(5);
    const whole = createActorFinder(entries, BUNDLED_CONFLICTS);
    for (const text of texts) expect(findActors(text, step.value)).toEqual(findActors(text, whole));
  });

  it('is taken over by defaultActorFinder midway: one finder, built once', () => {
    expect(defaultFinderStep()).toBe(false);
    expect(defaultFinderStep()).toBe(false);
    const finder = defaultActorFinder();
    expect(defaultFinderStep()).toBe(true);
    expect(defaultActorFinder()).toBe(finder);
    const text = texts[0]!;
    expect(findActors(text, finder)).toEqual(findActors(text, createActorFinder(loadGazetteer(), BUNDLED_CONFLICTS)));
  });
});
