// The actors named in a subject zone, read once: which stand as the subject
// and which as the complement of a title ("المتحدث باسم الكرملين",
// "مستشار الرئيس الأوكراني"), and the titles before them.
import { commaIn } from '../../chars';
import { lexicon, stems, wordsIn } from '../../speech';
import { HONORIFICS, type Mention, type ResolveContext, isComplementHead, isDefinite, isDocumentWord, isSpokesperson, isTitle, isTitleOrSpokespersonWord, isTitleWord, lowerBound, mentionAgrees, ISSUED } from '../model';
import type { SubjectZone } from './zone';
import { joinedComplementNoun } from '../names';
import { givenNames } from '../../lexicon/given-names';
import { withoutConjunction } from '../../clitics';


export interface ZoneNames {
  /** The mentions of the zone that agree with the verb (a masculine verb before a feminine body: the body is its object). */
  inZone: Array<{ m: Mention; complement: boolean }>;
  /** Any actor named in the zone, agreeing or not. */
  namedAnyone: boolean;
  seenTitle: boolean;
  /** The zone opens with an indefinite spokesman ("متحدث باسم ..."). */
  indefiniteSpokesperson: boolean;
  /** The zone opens with a title ("المتحدث", "قائد ..."). */
  definiteTitle: boolean;
}

/** A person is named between `start` and `end`. */
export function zoneHasPerson(ctx: ResolveContext, start: number, end: number): boolean {
  for (let k = lowerBound(ctx.mentionStarts, start); k < ctx.mentions.length && ctx.mentions[k]!.start < end; k++) {
    if (ctx.mentions[k]!.actor.type === 'person') return true;
  }
  return false;
}

/** The last body (no person) named before the cue whose name has a word ending in `noun`. */
export function lastBodyNamed(ctx: ResolveContext, noun: string): Mention | null {
  let k = lowerBound(ctx.mentionStarts, ctx.cueStart) - 1;
  for (let seen = 0; k >= 0 && seen < 40; k--, seen++) {
    const m = ctx.mentions[k]!;
    if (m.actor.type === 'person') continue;
    const norm = wordsIn(m.surface).map((w) => w.norm);
    if (norm.some((w) => w.endsWith(noun))) return m;
  }
  return null;
}

/** A person the gazetteer lacks is named between `from` and `to`. */
export function unknownAhead(ctx: ResolveContext, from: number, to: number): boolean {
  for (let k = lowerBound(ctx.mentionStarts, from); k < ctx.mentions.length && ctx.mentions[k]!.start < to; k++) {
    const m = ctx.mentions[k]!;
    if (m.actor.type === 'person') return m.actor.id === null;
  }
  return false;
}

const LAM_OR_BA = /[لب]/;
/** Is the mention at word wi a complement of what comes before it, not a subject? */
function isComplement(zone: SubjectZone, wi: number, m: Mention, seenTitle: boolean): boolean {
  const { text, words, from, ctx } = zone;
  const w = words[wi]!;
  const prevWord = words[wi - 1]?.norm ?? '';
  // Behind ل or ب a name is not a verb's subject ("فصيل تابع لإيران"), except after an attribution phrase ("بيان للخارجية").
  const preposed = !ctx.attribution && LAM_OR_BA.test(text.slice(w.start, Math.max(w.start, m.start)));
  // (A ل that begins the name itself, "ليلى", is no preposition: the mention starts with the word.)
  // (A title governs a body the gazetteer lacks too, "ممثل النيابة العامة X"; a person it lacks is the title's own name.)
  // After a comma a name stands in apposition ("المتحدث باسم الأمين العام، ستيفان دوجاريك"), not as a complement.
  const afterComma = wi > from && commaIn(text, words[wi - 1]!.end, w.start);
  return preposed || (wi > from && !afterComma && (prevWord === 'باسم' || (titleGoverns(zone, wi) && (m.actor.id !== null || m.actor.type !== 'person')) || (seenTitle && /^ل/.test(w.norm) && m.start > w.start)));
}

/**
 * The title right before word wi governs the mention as its complement
 * ("مستشار الرئيس الأوكراني", "مساعد الرئيس بوتين"), unless the mention is a person
 * and that title is not itself in construct with an earlier one ("قال الرئيس
 * إلهام علييف", "المتحدث العسكري يحيى سريع"): then it is the person's own.
 */
function titleGoverns(zone: SubjectZone, wi: number): boolean {
  const prev = zone.words[wi - 1]!.norm;
  if (!isTitle(prev) || HONORIFICS.has(prev)) return false;
  const m = zone.ctx.mentions[lowerBound(zone.ctx.mentionStarts, zone.words[wi]!.start)];
  if (!m || m.actor.type !== 'person') return true;
  // In construct with a title before it ("مستشار الرئيس X", "باسم الرئيس X"), not after an adjective ("المتحدث العسكري X").
  const before = zone.words[wi - 2]?.norm ?? '';
  return wi - 2 >= zone.from && (before === 'باسم' || ((isTitle(before) || isSpokesperson(before)) && !isDefinite(before)));
}

/** Is mention k, the first one after the current word, a person's starting at `at`? */
function personAt(ctx: ResolveContext, k: number, at: number | undefined): boolean {
  const m = ctx.mentions[k];
  return at !== undefined && !!m && m.start === at && m.actor.type === 'person';
}

/** Up to three definite words ("in it" among them) follow word wi, then mention k, a person's. */
function personAfterDefiniteWords(zone: SubjectZone, wi: number, k: number): boolean {
  const { words, ctx } = zone;
  for (let j = wi + 1; j <= wi + 4 && j < words.length; j++) {
    if (personAt(ctx, k, words[j]!.start)) return j > wi + 1;
    if (!(isDefinite(words[j]!.norm) || inIt(words[j]!.norm)) || commaIn(zone.text, words[j - 1]!.end, words[j]!.start)) return false;
  }
  return false;
}

/** "فيه", "لديها": "in it", of a body named before, completes an office ("مسؤولة السياسة الخارجية فيه X"). */
export const inIt = (w: string): boolean => IN_IT.has(w);
const IN_IT: ReadonlySet<string> = new Set(['فيه', 'فيها', 'فيهم', 'لديه', 'لديها', 'لديهم']);

export function readZoneNames(zone: SubjectZone): ZoneNames {
  const { words, from, to, ctx, zoneEnd } = zone;
  const out: ZoneNames = { inZone: [], namedAnyone: false, seenTitle: false, indefiniteSpokesperson: false, definiteTitle: false };
  const { inZone } = out;
  let k = lowerBound(ctx.mentionStarts, zone.zoneStart);
  let seenPerson = false;
  let titleSinceMention = false; // ("رئيس حركة X وحاكم إقليم دارفور Y": a title after a mention opens a complement again)
  // Only titles, definite words and documents so far: any other word first makes the zone an object ("أكد رفض ...").
  let leadOk = true;
  for (let wi = from; wi < to; wi++) {
    const w = words[wi]!;
    while (k < ctx.mentions.length && ctx.mentions[k]!.end <= w.start) k++;
    // A mention may start inside the word, behind a proclitic ('لحركة حماس').
    const m = k < ctx.mentions.length && ctx.mentions[k]!.start < w.end ? ctx.mentions[k]! : null;
    if (seenPerson && /^ل/.test(w.norm)) break; // "قال بوتين لنظيره ..."
    if (m && m.start < zoneEnd) {
      if (!leadOk) break;
      const complement = isComplement(zone, wi, m, out.seenTitle);
      inZone.push({ m, complement });
      titleSinceMention = false;
      if (m.actor.type === 'person' && !complement) seenPerson = true;
      // Skip the mention's other words.
      while (wi + 1 < to && words[wi + 1]!.start < m.end) wi++;
      k++;
      continue;
    }
    if (isTitleOrSpokespersonWord(w)) {
      out.seenTitle = titleSinceMention = true;
      if (wi === from && isSpokesperson(w.norm) && !isDefinite(w.norm)) out.indefiniteSpokesperson = true;
      else if (wi === from) out.definiteTitle = true;
      continue;
    }
    if (w.norm === 'باسم' || isDefinite(w.norm) || isDocumentWord(w) || (ctx.attribution && /^ل/.test(w.norm)) || (inIt(w.norm) && personAt(ctx, k, words[wi + 1]?.start) && !commaIn(zone.text, w.end, words[wi + 1]!.start))) continue;
    // "جاء في البيان الصادر عن الوزارة"، "في بيان صادر عن مكتب الناطق باسم الجيش": the issuer follows.
    if (ISSUED.test(w.norm) || (w.norm === 'عن' && ISSUED.test(words[wi - 1]?.norm ?? ''))) continue;
    if (isComplementHead(w.norm) && words[wi - 1]?.norm === 'عن' && ISSUED.test(words[wi - 2]?.norm ?? '')) continue;
    // A title's complement: "رئيس حكومة الوحدة الوطنية X"، "الرئيس التنفيذي لهيئة الأدب X"; up to a
    // name the gazetteer lacks, which findActors found introduced by this very role ("والي شمال كردفان X").
    if (out.seenTitle && (inZone.length === 0 || titleSinceMention) && (isComplementHead(w.norm) || /^ل/.test(w.norm) || w.norm.startsWith('باسم') || joinedComplementNoun(zone.text, words, wi) || unknownAhead(ctx, w.end, zoneEnd))) continue;
    // "رئيس الحكومة المكلفة من البرلمان X": who appointed the office holder, in one or two definite words, before the person.
    if (out.seenTitle && inZone.length === 0 && w.norm === 'من' && personAfterDefiniteWords(zone, wi, k)) continue;
    // One place name right after a title or its complement's head, before the person: "محافظ حمص X"، "رئيس بلدية كييف X".
    if ((inZone.length === 0 || titleSinceMention) && out.seenTitle && (isTitleWord(words[wi - 1]!) || isComplementHead(words[wi - 1]!.norm)) && !commaIn(zone.text, words[wi - 1]!.end, w.start) && personAt(ctx, k, words[wi + 1]?.start)) continue;
    // "ورد مكتب منسق أعمال الحكومة …"، "وقالت إدارة الدفاع المدني": a body's head noun in construct with the actor that speaks.
    if (wi === from && isComplementHead(w.norm) && !isDefinite(w.norm) && ctx.mentions[k]?.start === words[wi + 1]?.start) continue;
    // "قالت زوجته هالة النجار": a kin or person noun right before the person's name says who they are
    // (or before one or two definite words that do: "يقول زميلها الممرض X").
    if (wi === from && givenNames().personNouns.has(withoutConjunction(w.norm)) && (personAt(ctx, k, words[wi + 1]?.start) || personAfterDefiniteWords(zone, wi, k))) continue;
    // "قال رجل الأعمال التركي X": a noun for anyone and the definite words that complete it, then the person's name.
    if (wi === from && stems(w.norm).some((s) => lexicon.anonymous.has(s)) && personAfterDefiniteWords(zone, wi, k)) continue;
    // Any other word before a name: the zone is an object, not a subject.
    if (inZone.length === 0) leadOk = false;
    else break;
  }
  out.namedAnyone = inZone.length > 0;
  // (A name the gazetteer lacks is the verb's subject whatever gender was guessed for it from its given name or title:
  // "قالت X"، "وقال عمدة المدينة X".)
  out.inZone = inZone.filter((z) => z.complement || mentionAgrees(z.m, ctx.gender, ctx.state) || (z.m.actor.type === 'person' && z.m.actor.id === null));
  return out;
}
