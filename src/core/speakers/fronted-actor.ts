// A speech verb with no subject after it, right after an actor that opens its clause ("وكييف ترد:",
// "الجيش السوداني يقول:"): a headline's order, subject then verb; the actor speaks.
import { isJsSpace, isQuoteMark } from '../chars';
import { withoutConjunction } from '../clitics';
import { lexicon, wordsIn, type CueGender } from '../speech';
import { lastWordsIn, nextWord } from '../text/tokens';
import { femininePastShaped } from '../text/verb-shapes';
import { type Mention, type Resolution, type ResolveContext, insideSpans, isSpokesperson, lowerBound, mentionAgrees, sentenceStart, speakerOf } from './model';

/** How far back the clause's opening is looked for before the actor. */
const OPENING_REACH = 40;
/** What may stand between the clause's opening (a line's or sentence's end, a comma, a colon) and the actor: spaces, و. */
const OPENS_AFTER_MARK = /[\n.،,:!؟?][ \u00A0]*و?$/;
const OPENS_TEXT = /^[ \u00A0]*و?$/;

/** A state, body or group named at its clause's opening (a line, a sentence, a comma; و at most) and ending right before the verb. */
export function actorOpeningClause(ctx: ResolveContext, gender: CueGender | null, text: string): Resolution | null {
  if (text.charCodeAt(ctx.cueStart) === 0x648 || text.charCodeAt(ctx.cueStart) === 0x641) return null;
  const m = ctx.mentions[lowerBound(ctx.mentionStarts, ctx.cueStart) - 1];
  // ("غير أن «قسد» ردت ببيان": the actor's name may stand in quotation marks.)
  if (!m || m.actor.type === 'person' || !ACTOR_THEN_VERB(text.slice(m.end, ctx.cueStart)) || insideSpans(ctx.direct, ctx.directStarts, m.start)) return null;
  // ("الناطق باسم برنامج الأغذية قال إن": the unnamed spokesperson speaks for the body.)
  const spokesperson = spokespersonBefore(text, m.start);
  const opening = spokesperson?.start ?? m.start;
  const from = Math.max(0, opening - OPENING_REACH);
  const before = withoutOpeningMark(text.slice(from, opening));
  const opens = OPENS_AFTER_MARK.test(before) || (from === 0 && OPENS_TEXT.test(before)) || afterConnector(before) || AFTER_TIME_STAMP.test(before);
  const agrees = spokesperson ? gender === null || gender === 'p' || gender === spokesperson.gender : mentionAgrees(m, gender, ctx.state);
  return opens && agrees ? { kind: 'carry', speaker: speakerOf(m, ctx.state) } : null;
}

/** "المتحدث باسم", "الناطقة باسم" right before `at`: where it starts, and the spokesperson's gender (which the verb agrees with). */
function spokespersonBefore(text: string, at: number): { start: number; gender: 'm' | 'f' } | null {
  const [who, on] = lastWordsIn(text, Math.max(0, at - 30), at, 2);
  if (!who || !on || on.norm !== 'باسم' || !isSpokesperson(withoutConjunction(who.norm))) return null;
  return { start: who.start, gender: who.norm.endsWith('ه') ? 'f' : 'm' };
}

/** "14:35 – ": a live page's time stamp opening a line, right before the actor. */
const AFTER_TIME_STAMP = /(?:^|\n)[ \u00A0]*[0-9٠-٩]{1,2}[:٫][0-9٠-٩]{2}[ \u00A0]*[-–—][ \u00A0]*$/;

/** Spaces only between the actor and the verb, after a closing quotation mark at most. */
const ACTOR_THEN_VERB = (gap: string): boolean => /^[ \u00A0]+$/.test(isQuoteMark(gap[0] ?? '') ? gap.slice(1) : gap);
/** The text before the actor, without an opening quotation mark right before it. */
const withoutOpeningMark = (before: string): string => {
  const trimmed = before.replace(/[ \u00A0]+$/, '');
  return isQuoteMark(trimmed.at(-1) ?? '') ? trimmed.slice(0, -1) : before;
};
/** "…، غير أن X قالت": a clause connector right after the clause's opening mark, and the actor after it. */
function afterConnector(before: string): boolean {
  const words = wordsIn(before, 0, before.length);
  const connector = lexicon.clauseConnectors.find((c) => c.length <= words.length && c.every((w, i) => words[words.length - c.length + i]!.norm === w));
  return !!connector && OPENS_AFTER_MARK.test(before.slice(0, words[words.length - connector.length]!.start));
}

/** A present-tense verb of the third person ("ترفض", "يتهم"), as a headline puts it after its subject. */
const PRESENT_VERB = /^[يت][\u0621-\u064a]{2,6}$/;

const WAW_FIRST = /^و/;
/**
 * "الخارجية السودانية تنتقد قرار المجلس وتصفه بأنه …", "الخارجية دانت التوغل واعتبرته …": a sentence
 * that opens with an actor and a present-tense verb (a headline's order) or a feminine past one has that
 * actor for subject of a later verb with و and no subject of its own.
 */
export function actorOpeningSentence(ctx: ResolveContext, gender: CueGender | null, text: string): Resolution | null {
  if (!WAW_FIRST.test(text.slice(ctx.cueStart, ctx.cueStart + 1))) return null;
  const from = sentenceStart(text, ctx.cueStart, null);
  const m = ctx.mentions[lowerBound(ctx.mentionStarts, from)];
  if (!m || m.start >= ctx.cueStart || !/^[ \u00A0]*و?$/.test(text.slice(from, m.start)) || insideSpans(ctx.direct, ctx.directStarts, m.start)) return null;
  const verb = nextWord(text, m.end, ctx.cueStart);
  if (!verb || !/^[ \u00A0]+$/.test(text.slice(m.end, verb.start)) || !(PRESENT_VERB.test(verb.norm) || femininePastShaped(verb.norm))) return null;
  return mentionAgrees(m, gender, ctx.state) ? { kind: 'carry', speaker: speakerOf(m, ctx.state) } : null;
}

/**
 * "…، وهو ما نفته وزارة الدفاع الأوكرانية واصفة إياه بأنه …": an actor named right after the one verb of the
 * writer's own clause (data/speech-verbs.json writersClauses: "وهو ما", "فيما") is that verb's subject, and so
 * the subject of a participle right after it.
 */
export function subjectOfWritersClause(ctx: ResolveContext, gender: CueGender | null, text: string): Resolution | null {
  const m = ctx.mentions[lowerBound(ctx.mentionStarts, ctx.cueStart) - 1];
  if (!m || !/^[ \u00A0]*[،,]?[ \u00A0]*$/.test(text.slice(m.end, ctx.cueStart)) || insideSpans(ctx.direct, ctx.directStarts, m.start)) return null;
  const words = wordsIn(text, Math.max(0, m.start - CLAUSE_REACH), m.start);
  const verb = words.at(-1);
  if (!verb || !/^[ \u00A0]+$/.test(text.slice(verb.end, m.start))) return null;
  const opener = words.slice(0, -1).map((w) => w.norm);
  const opens = lexicon.writersClauses.some((phrase) => phrase.length <= opener.length && phraseAt(opener, opener.length - phrase.length, phrase));
  return opens && mentionAgrees(m, gender, ctx.state) ? { kind: 'carry', speaker: speakerOf(m, ctx.state) } : null;
}

/** The phrase stands in `norms` from i on, its first word also behind و or ف ("وفيما"). */
function phraseAt(norms: readonly string[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((p, k) => norms[i + k] === p || (k === 0 && withoutConjunction(norms[i] ?? '') === p));
}

/** How far before the actor the writer's clause and its verb are read. */
const CLAUSE_REACH = 30;

/**
 * "…، فيما رحب المبعوث X بالخطوة، ووصفها بأنها …": where the writer's own clause (data/speech-verbs.json
 * writersClauses) that opens after a comma and before the cue in its sentence has its verb, or where a clause
 * opened by a connector after a comma starts ("…، لكن متحدثا باسم X رفض …، وقال"); the clause's subject is read
 * from there, ahead of the sentence's first subject. Null when no such clause stands before the cue.
 */
export function writersClauseOpening(ctx: ResolveContext, text: string): number | null {
  const words = wordsIn(text, sentenceStart(text, ctx.cueStart, null), ctx.cueStart);
  // (The words' norms made only once a comma is met: most sentences before a cue have none.)
  let norms: string[] | null = null;
  for (let i = words.length - 3; i > 0; i--) {
    if (!endsWithComma(text, words[i - 1]!.end, words[i]!.start)) continue;
    const read = (norms ??= words.map((w) => w.norm));
    const phrase = lexicon.writersClauses.find((p) => phraseAt(read, i, p));
    if (phrase) return words[i + phrase.length]!.start;
    // ("…، لكن متحدثا باسم الوزارة رفض الرواية، وقال:": a connector is read by clauseSubject itself.)
    if (lexicon.clauseConnectors.some((p) => p.every((x, k) => x === read[i + k]))) return words[i]!.start;
  }
  return null;
}

/** [from, to) ends with a comma and spaces at most (/[،,]\s*$/ on the slice), read by code. */
function endsWithComma(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && isJsSpace(text.charCodeAt(i))) i--;
  const code = i >= from ? text.charCodeAt(i) : -1;
  return code === 0x060c || code === 0x2c;
}

/** The actor named right before "بقيادة" (or "، بقيادة") when mention k is the leader that aside names (data/speech-verbs.json attributionPhrases.leaders). */
export function ledBy(mentions: readonly Mention[], text: string, k: number): Mention | null {
  const m = mentions[k]!;
  const before = lastWordsIn(text, Math.max(0, m.start - 30), m.start, 1)[0];
  if (!before || !lexicon.leaderAsides.has(withoutConjunction(before.norm)) || text.slice(before.end, m.start).trim() !== '') return null;
  const led = mentions[k - 1];
  return led && /^[ \u00A0]*[،,]?[ \u00A0]*$/.test(text.slice(led.end, before.start)) ? led : null;
}

/**
 * "ومنهم X", "ومن بينهم الصحفي X": the mention is one of a group an aside names (data/speech-verbs.json
 * attributionPhrases.members), two words with the article (a title) at most between.
 */
export function namedAsMember(text: string, m: Mention): boolean {
  const before = lastWordsIn(text, Math.max(0, m.start - 50), m.start, 3);
  for (let j = before.length - 1, next = m.start; j >= 0; next = before[j]!.start, j--) {
    if (text.slice(before[j]!.end, next).trim() !== '') return false;
    if (lexicon.memberAsides.has(withoutConjunction(before[j]!.norm))) return true;
    if (!before[j]!.norm.startsWith('ال')) return false;
  }
  return false;
}
