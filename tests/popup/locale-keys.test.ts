import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import en from '../../_locales/en/messages.json';
import ar from '../../_locales/ar/messages.json';

// t(key) falls back to the key itself, so a typo or a missing message would
// show up as a bare key in the popup: every literal key the popup asks for
// must exist, with a message, in both translations.
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('popup and card strings', () => {
  const keys = new Set<string>();
  for (const file of [...sources('src/popup'), ...sources('src/card')]) for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z_]+)'/g)) keys.add(m[1]!);

  test('the search and related panels are among them', () => {
    for (const key of ['searchLabel', 'relatedLabel', 'memoryLabel', 'statementUnknownSpeaker', 'cardSaidBefore', 'timelineIntro']) expect(keys).toContain(key);
    // Keys built from a name: one per export format.
    for (const format of ['json', 'csv', 'annotations']) keys.add(`export_${format}`);
  });

  test('every key used has a non-empty message in English and Arabic', () => {
    for (const key of keys) {
      for (const messages of [en, ar] as Array<Record<string, { message: string }>>) {
        expect(messages[key]?.message, key).toBeTruthy();
      }
    }
  });
});
