// data/README.md documents every data file and folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('data/README.md', () => {
  it('names every file and folder of data/', () => {
    const dir = join(__dirname, '../../data');
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const names = readdirSync(dir).filter((n) => n !== 'README.md' && !n.startsWith('.'));
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) expect(readme, name).toContain(name.endsWith('.json') ? `\`${name}\`` : `\`${name}/`);
  });

  it('says how to add an actor, a conflict, a speech verb and a quotation style', () => {
    const readme = readFileSync(join(__dirname, '../../data/README.md'), 'utf8');
    for (const what of ['**An actor**', '**A conflict**', '**A speech verb**', '**A quotation style**']) expect(readme).toContain(what);
  });
});
