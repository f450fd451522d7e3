#!/usr/bin/env node
// Checks the gold files in this folder: every surface occurs in the text as a
// whole word (the scorer's rule, proclitics allowed), every quote text is an
// exact substring (with its occurrence), keys are unique and quote speakers
// are actor keys.   node tests/eval/validate.mjs [OTHER_GOLD_DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2] ? join(process.cwd(), process.argv[2]) : dirname(fileURLToPath(import.meta.url));
const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/;
const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const KINDS = new Set(['direct', 'indirect', 'scare', 'fragment']);
let problems = 0;
const report = (file, msg) => { problems++; console.log(`${file}: ${msg}`); };

function leftBoundary(text, at) {
  const starts = text.slice(at - 2, at) === 'ال' ? [at, at - 2] : [at];
  for (const j of starts) {
    for (let k = 0; k <= 2; k++) {
      const p = j - k;
      if (p < 0 || (k > 0 && !PROCLITICS.has(text[p]))) break;
      if (p === 0 || !ARABIC_LETTER.test(text[p - 1])) return true;
    }
  }
  return false;
}
function occurs(text, surface) {
  const variants = [[surface, false]];
  if (surface.startsWith('ال')) variants.push([surface.slice(1), true]);
  for (const [needle, contracted] of variants) {
    let at = text.indexOf(needle);
    while (at >= 0) {
      const end = at + needle.length;
      const rightOk = end >= text.length || !ARABIC_LETTER.test(text[end]);
      const leftOk = contracted ? text[at - 1] === 'ل' && leftBoundary(text, at - 1) : leftBoundary(text, at);
      if (rightOk && leftOk) return true;
      at = text.indexOf(needle, at + 1);
    }
  }
  return false;
}

for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  for (const field of ['id', 'source', 'language', 'text']) if (typeof gold[field] !== 'string') report(file, `missing ${field}`);
  if (!Array.isArray(gold.conflicts)) report(file, 'conflicts is not a list');
  const keys = new Set();
  for (const actor of gold.actors ?? []) {
    if (keys.has(actor.key)) report(file, `duplicate key ${actor.key}`);
    keys.add(actor.key);
    for (const surface of [...(actor.surfaces ?? []), ...(actor.optional ?? [])]) {
      if (!occurs(gold.text, surface)) report(file, `surface not in text as a word: ${actor.key} «${surface}»`);
    }
  }
  for (const quote of gold.quotes ?? []) {
    if (!KINDS.has(quote.kind)) report(file, `bad kind ${quote.kind}`);
    if (quote.speaker != null && !keys.has(quote.speaker)) report(file, `speaker ${quote.speaker} is no actor key`);
    let at = -1;
    for (let n = 0; n < (quote.occurrence ?? 1); n++) {
      at = gold.text.indexOf(quote.text, at + 1);
      if (at < 0) { report(file, `quote not in text: «${quote.text.slice(0, 40)}»`); break; }
    }
  }
  if (gold.language !== 'ar' && ((gold.actors ?? []).length || (gold.quotes ?? []).length)) report(file, 'non-Arabic page with actors or quotes');
}
console.log(problems === 0 ? 'gold files OK' : `${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
