// data/institutions.json, normalized once: the head nouns that open a body's
// name and the adjectives that name none.
import data from '../../../data/institutions.json';
import { normalizeText } from '../text/normalize';

const normSet = (xs: unknown): ReadonlySet<string> =>
  new Set((Array.isArray(xs) ? xs : []).filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => normalizeText(x.trim())));

export interface BodyHeads {
  /** Indefinite heads that name a body with any definite complement ("وزارة", "اتحاد"). */
  heads: ReadonlySet<string>;
  /** Indefinite heads that are also common nouns: a body only with a place, nationality or actor in the complement. */
  anchored: ReadonlySet<string>;
  /** Heads with the article that name a body with an adjective ("المحكمة العسكرية في دمشق", "القوات الحكومية"). */
  definite: ReadonlySet<string>;
  /** Adjectives after which a definite head names one body with no place or nationality ("القوات الحكومية"). */
  definiteAdjectives: ReadonlySet<string>;
  /** Words of an outlet's name ("أنباء"): no body's. */
  outletWords: ReadonlySet<string>;
  /** Heads that with a nationality alone name a country's news agency ("الوكالة العمانية"), an outlet; with more, a body ("الوكالة الدولية للطاقة الذرية"). */
  newsAgencyHeads: ReadonlySet<string>;
  /** Heads of armed groups (type group). */
  armed: ReadonlySet<string>;
  /** Adjectives that name no body ("الحالية", "المعنية"). */
  plainAdjectives: ReadonlySet<string>;
  /** Complements after a head that name a panel of a contest, no body ("لجنة التحكيم"). */
  plainComplements: ReadonlySet<string>;
  /** "إدارة", "أمناء": before a known body's name they name its board ("مجلس إدارة البنك X"), no body of its own. */
  boardComplements: ReadonlySet<string>;
  /** Adjectives other than nisbas that go on a body's name ("العامة", "العليا"). */
  namingAdjectives: ReadonlySet<string>;
  /** Heads that before a place's name name the fighting there ("جبهة بوكروفسك"), no body. */
  frontHeads: ReadonlySet<string>;
  /** Nouns of a place's kind before its name ("محافظة", "مدينة"): "في محافظة X" goes on a body's name as "في X" does. */
  placeNouns: ReadonlySet<string>;
}

export function bodyHeadsFrom(raw: Record<string, unknown>): BodyHeads {
  return {
    heads: normSet(raw.heads),
    anchored: normSet(raw.anchoredHeads),
    definite: normSet(raw.definiteHeads),
    definiteAdjectives: normSet(raw.definiteAdjectives),
    outletWords: normSet(raw.outletWords),
    newsAgencyHeads: normSet(raw.newsAgencyHeads),
    armed: normSet(raw.armedHeads),
    plainAdjectives: normSet(raw.plainAdjectives),
    plainComplements: normSet(raw.plainComplements),
    boardComplements: normSet(raw.boardComplements),
    namingAdjectives: normSet(raw.namingAdjectives),
    placeNouns: normSet(raw.placeNouns),
    frontHeads: normSet(raw.frontHeads),
  };
}

let bundled: BodyHeads | null = null;

/** The bundled lists (built on first use). */
export function bodyHeads(): BodyHeads {
  bundled ??= bodyHeadsFrom(data);
  return bundled;
}
