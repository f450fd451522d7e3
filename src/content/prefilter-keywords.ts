// The words content-check's gate looks for: each conflict profile's own
// signals (data/conflicts/*.json, weight ≥ 2: what the analyzer needs as
// evidence) plus the names in data/prefilter.json that profiles leave to the
// gazetteer (leaders, capitals). Only `signals` is imported, so the bundler
// leaves the rest of the profiles out of content-check.js.
import prefilter from '../../data/prefilter.json';
import { signals as gaza } from '../../data/conflicts/gaza.json';
import { signals as karabakh } from '../../data/conflicts/karabakh.json';
import { signals as russiaUkraine } from '../../data/conflicts/russia-ukraine.json';
import { signals as sudan } from '../../data/conflicts/sudan.json';
import { signals as syria } from '../../data/conflicts/syria.json';
import { signals as yemen } from '../../data/conflicts/yemen.json';

/** Signals below this weight are shared with other conflicts and topics: too weak for the gate. */
const MIN_WEIGHT = 2;

export const PREFILTER_KEYWORDS: readonly string[] = [
  ...new Set([
    ...[gaza, karabakh, russiaUkraine, sudan, syria, yemen].flatMap((signals) =>
      signals.filter((s) => s.weight >= MIN_WEIGHT).flatMap((s) => s.terms),
    ),
    ...Object.values(prefilter.keywords).flat(),
  ]),
];
