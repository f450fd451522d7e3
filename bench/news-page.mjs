// The 100 KB page of Arabic news the analysis benchmarks read: the shared
// corpus and the dev gold set's Arabic pages, in turn (bench/analysis.mjs,
// bench/rule-costs.mjs) and scripts/same-output.mjs compares.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** 100 KB of Arabic news from `shared` (the ../shared folder beside the project). */
export function newsPage(shared) {
  const texts = [];
  for (const f of list(join(shared, 'corpus')).filter((f) => f.endsWith('.txt'))) texts.push(readFileSync(join(shared, 'corpus', f), 'utf8'));
  for (const f of list(join(shared, 'eval/dev')).filter((f) => f.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(join(shared, 'eval/dev', f), 'utf8'));
    if (gold.language === 'ar') texts.push(gold.text);
  }
  if (texts.length === 0) throw new Error('no Arabic texts in ../shared (corpus, eval/dev)');
  let page = '';
  while (page.length < 100_000) page += `${texts[(page.length / 997) % texts.length | 0]}\n\n`;
  return page.slice(0, 100_000);
}

function list(dir) {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}
