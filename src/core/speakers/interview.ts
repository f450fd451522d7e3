// An interview written up as questions and answers ("س: …" then "ج: …"): the
// answers are the interviewee's words, and the interviewee is the person the
// lead (the headline and introduction, before the first question) introduces.
// Read once per text; the rule that uses it is rules/interview-answer.ts.
import { inSetBehindConjunction } from '../clitics';
import { lexicon, wordsIn } from '../speech';
import { normalizeText } from '../text/normalize';
import { LIST_MARKS_CLASS } from '../text/sentences';
import { sentenceEndIn } from '../chars';
import { insideSpans, LINE_BREAK, lineStartOf, lowerBound, SENTENCE_END, sentenceStart, type Mention } from './model';
import type { Span } from '../types';

export interface Interview {
  /** Where each answer's words start, after its mark ("ج: "): an answer given whole in quotation marks opens there. */
  answerStarts: number[];
  /** Each answer paragraph, [words' start, end): the interviewee's own "قلنا لهم: «…»" is inside one. */
  answerSpans: Array<[number, number]>;
  /** Where the first line (the headline) ends. */
  headlineEnd: number;
  interviewee: Mention;
}

/** A mark word at a paragraph's start, before a colon or a dash ("س:", "ج -", "**سؤال:**"). */
const MARK = /^[\s*•\u200e\u200f]*([\u0621-\u064A]{1,8})[\s*]*[:：\-–—]/;
/** How far after the word that introduces the interview its person may be named. */
const MAX_INTRO_GAP = 200;

type Paragraph = { start: number; end: number; mark: 'q' | 'a' | null; body: number };

/** A paragraph opened with a dash or a bullet ("- …", "• …"): a question when it ends with a question mark, else maybe an answer. */
const DASH_ITEM = new RegExp(`^[\\s\\u200e\\u200f]*[${LIST_MARKS_CLASS}]\\s*`);
const ENDS_ASKING = /[؟?]\s*$/;
/**
 * Some line is a dashed question ("- من يتحمل المسؤولية؟"): the first line, or one after a line break. (Two patterns:
 * one opened by "(?:^|[\n…])" was tried at every character, 20-25% slower over a page.)
 */
const DASHED_FIRST_LINE = new RegExp(`^[\\s\\u200e\\u200f]*[${LIST_MARKS_CLASS}][^\\n\\r\\u2028\\u2029\\u0085]*[؟?][^\\S\\n\\r]*(?=[\\n\\r\\u2028\\u2029\\u0085]|$)`);
const DASHED_QUESTION = new RegExp(`[\\n\\r\\u2028\\u2029\\u0085]${DASHED_FIRST_LINE.source.slice(1)}`);

/** A mark word at a line's start after a line break, anywhere in the text (the first line: MARK). */
const MARK_AT_LINE_START = /[\n\r\u2028\u2029\u0085][\s*•\u200e\u200f]*([\u0621-\u064A]{1,8})[\s*]*[:：\-–—]/g;

/**
 * Some paragraph opens with a question mark: the cheap test before the text is read line by line.
 * (The first line asked apart, as for dashed questions; where a first line's mark word spans a line
 * break, the line after it reads the same word.)
 */
function hasQuestion(text: string): boolean {
  if (DASHED_FIRST_LINE.test(text) || DASHED_QUESTION.test(text)) return true;
  const isQuestion = (m: RegExpMatchArray | null) => !!m && lexicon.interviewQuestionMarks.includes(normalizeText(m[1]!));
  if (isQuestion(MARK.exec(text))) return true;
  for (const m of text.matchAll(MARK_AT_LINE_START)) if (isQuestion(m)) return true;
  return false;
}
const LINE_BREAKS = /[\n\r\u2028\u2029\u0085]/g;

function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const questions = new Set(lexicon.interviewQuestionMarks);
  const answers = new Set(lexicon.interviewAnswerMarks);
  const add = (start: number, end: number) => {
    const head = text.slice(start, Math.min(end, start + 40));
    if (!/\S/.test(head)) return;
    const mark = MARK.exec(head);
    const norm = mark ? normalizeText(mark[1]!) : '';
    const kind = questions.has(norm) ? 'q' : answers.has(norm) ? 'a' : null;
    const dash = kind === null ? DASH_ITEM.exec(head) : null;
    if (dash) {
      out.push(dashed(text, start, end, dash[0].length));
      return;
    }
    let body = start + (kind ? mark![0].length : 0);
    while (body < end && /\s/.test(text[body]!)) body++;
    out.push({ start, end, mark: kind, body });
  };
  let start = 0;
  for (const br of text.matchAll(LINE_BREAKS)) {
    add(start, br.index);
    start = br.index + 1;
  }
  add(start, text.length);
  return out;
}

/** A dashed paragraph: a question when it ends asking ("- وماذا بعد؟"), else a line that may answer one. */
function dashed(text: string, start: number, end: number, dash: number): Paragraph {
  const mark = ENDS_ASKING.test(text.slice(start, end)) ? 'q' : null;
  return { start, end, mark, body: start + dash };
}

/** The answers: the marked ones, else the paragraph right after each question (of at least `minQuestions`). */
function answerParagraphs(list: Paragraph[], minQuestions: number): Paragraph[] | null {
  const questions = list.filter((p) => p.mark === 'q').length;
  const marked = list.filter((p) => p.mark === 'a');
  if (questions >= 1 && marked.length >= 1) return marked;
  if (questions < minQuestions) return null;
  return list.filter((p, i) => p.mark === null && list[i - 1]?.mark === 'q');
}

const isIntroWord = (norm: string) => inSetBehindConjunction(lexicon.interviewWords, norm);

/**
 * "التقينا الطبيبة X …، وسألناها عن …", "ويرى الباحث X أن … . سألناه عن …:": the person named first in the sentence
 * of the lead's last asking word, before it; else in the sentence before, in the same paragraph.
 */
function askedPerson(text: string, leadEnd: number, lead: Mention[]): { at: number; person: Mention } | null {
  const asked = wordsIn(text, 0, leadEnd).filter((w) => inSetBehindConjunction(lexicon.interviewAskedWords, w.norm)).pop();
  if (!asked) return null;
  const paragraphStart = lineStartOf(text, asked.start);
  const sentence = sentenceStart(text, asked.start, null);
  const firstPersonIn = (from: number, to: number) => lead.find((m) => m.start >= from && m.end <= to) ?? null;
  const before = sentence > paragraphStart ? sentenceStart(text, sentence - 1, null) : sentence;
  const person = firstPersonIn(sentence, asked.start) ?? (before < sentence ? firstPersonIn(Math.max(before, paragraphStart), sentence) : null);
  return person && { at: asked.start, person };
}

/** "حاورته: X": a person on the line of an interview's byline is the interviewer. */
function onBylineLine(text: string, m: Mention): boolean {
  return wordsIn(text, lineStartOf(text, m.start, 80), m.start).some((w) => lexicon.interviewBylines.has(w.norm));
}

/** The person named right after a word that introduces the interview, in its sentence; else the lead's person named most. */
function intervieweeOf(text: string, leadEnd: number, mentions: Mention[], starts: number[]): Mention | null {
  const lead = mentions.slice(0, lowerBound(starts, leadEnd)).filter((m) => m.actor.type === 'person' && !onBylineLine(text, m));
  if (lead.length === 0) return null;
  // The introduction nearest to the questions: a news story may quote someone and then put questions to another.
  let introduced: { at: number; person: Mention } | null = askedPerson(text, leadEnd, lead);
  for (const w of wordsIn(text, 0, leadEnd)) {
    if (!isIntroWord(w.norm) || (introduced && w.start < introduced.at)) continue;
    const next = lead.find((m) => m.start >= w.end);
    if (!next || next.start - w.end > MAX_INTRO_GAP) continue;
    const between = text.slice(w.end, next.start);
    if (!SENTENCE_END.test(between) && !LINE_BREAK.test(between)) introduced = { at: w.start, person: next };
  }
  if (introduced) return introduced.person;
  const named = new Map<ActorKey, number>();
  for (const m of mentions) named.set(m.actor, (named.get(m.actor) ?? 0) + 1);
  return lead.reduce((best, m) => (named.get(m.actor)! > named.get(best.actor)! ? m : best));
}
type ActorKey = Mention['actor'];

/** How far into the body the one an interview's headline quotes is introduced. */
const HEADLINE_INTRO_REACH = 600;

/**
 * "حوار | خبير إزالة ألغام: «…»" over "التقينا المهندس X، …": the person the body names first right after a
 * word that introduces the interview (no byline's), in its sentence; null when none.
 */
export function intervieweeIntroduced(text: string, bodyStart: number, mentions: Mention[], starts: number[]): Mention | null {
  const to = Math.min(text.length, bodyStart + HEADLINE_INTRO_REACH);
  const lead = mentions.slice(lowerBound(starts, bodyStart), lowerBound(starts, to)).filter((m) => m.actor.type === 'person' && !onBylineLine(text, m));
  for (const w of wordsIn(text, bodyStart, to)) {
    if (!isIntroWord(w.norm)) continue;
    const next = lead.find((m) => m.start >= w.end);
    if (next && next.start - w.end <= MAX_INTRO_GAP && !sentenceEndIn(text, w.end, next.start) && !LINE_BREAK.test(text.slice(w.end, next.start))) return next;
  }
  return null;
}

/**
 * "وفي مأرب، التقت الصحيفة مدير المخيم X:" right before the first question: the person the
 * paragraph names last before its closing colon (no byline's) is the one who answers.
 */
function introducedByColon(text: string, list: Paragraph[], firstQuestion: Paragraph, mentions: Mention[], starts: number[], direct: Span[]): Mention | null {
  const intro = list[list.indexOf(firstQuestion) - 1];
  if (!intro || intro.mark !== null || !/:[\s\u200e\u200f]*$/.test(text.slice(intro.start, intro.end))) return null;
  const directStarts = direct.map((q) => q.start);
  for (let k = lowerBound(starts, intro.end) - 1; k >= 0 && mentions[k]!.start >= intro.start; k--) {
    const m = mentions[k]!;
    if (m.actor.type !== 'person' || onBylineLine(text, m) || insideSpans(direct, directStarts, m.start)) continue;
    // (Its first mention in the paragraph: "محافظ المدينة X Y … قال Y:" is X Y.)
    return mentions.slice(lowerBound(starts, intro.start), k + 1).find((first) => first.actor === m.actor) ?? m;
  }
  return null;
}

/** The text's interview, when it is written up as questions and answers and its lead names the interviewee. */
export function readInterview(text: string, mentions: Mention[], starts: number[], direct: Span[]): Interview | null {
  if (!hasQuestion(text)) return null;
  const list = paragraphs(text);
  const firstQuestion = list.find((p) => p.mark === 'q');
  if (!firstQuestion) return null;
  // (One question is enough after a paragraph that introduces the one answering with a colon.)
  const byColon = introducedByColon(text, list, firstQuestion, mentions, starts, direct);
  const answers = answerParagraphs(list, byColon ? 1 : 2);
  if (!answers?.length) return null;
  const interviewee = byColon ?? intervieweeOf(text, firstQuestion.start, mentions, starts);
  if (!interviewee) return null;
  return { answerStarts: answers.map((a) => a.body), answerSpans: answers.map((a) => [a.body, a.end]), headlineEnd: list[0]!.end, interviewee };
}
