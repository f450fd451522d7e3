// The subject after a cue: the words up to a stop, read for a named actor,
// a titled person, an institution noun or a name the gazetteer lacks.
import { isQuoteMark } from '../chars';
import { withoutConjunction } from '../clitics';
import { isComplementizer, lexicon, stems, verbAt, wordsIn, type Word } from '../speech';
import { carry } from './carry';
import { HONORIFICS, MAX_SUBJECT_WORDS, type Mention, type Resolution, type ResolveContext, isComplementHead, isDefinite, isDocument, isSpokesperson, isStop, isTitle, lowerBound, mentionAgrees, speakerOf, titleStem } from './model';
import { appositiveName, namedNearTitle, subjectReach, titledPerson, unknownName } from './names';

/**
 * The subject after a cue: the words up to a stop (a preposition, a time word,
 * أن/إن, a colon, a quotation, the sentence's end). Titles and definite words
 * may lead up to a name ("وزير الخارجية الروسي سيرغي لافروف"); any other word
 * first means the verb's subject is left out ("وأكد رفض ...") and it carries
 * over from the last speaker.
 */
export function resolveSubject(text: string, words: Word[], from: number, ctx: ResolveContext): Resolution {
  const { state } = ctx;
  // The zone: word indices [from, to).
  let to = from;
  for (let j = from; j < words.length && j < from + MAX_SUBJECT_WORDS; j++) {
    const gapFrom = j === from ? (words[from - 1]?.end ?? words[j]!.start) : words[j - 1]!.end;
    const gap = text.slice(gapFrom, words[j]!.start);
    if (/[.!?؟:]/.test(gap)) break;
    let directMark = false;
    for (let k = gapFrom; k < words[j]!.start; k++) if (isQuoteMark(text[k]!) && ctx.directOpeners.has(k)) directMark = true;
    if (directMark) break;
    const w = words[j]!.norm;
    const prev = words[j - 1]?.norm ?? '';
    if (isStop(w) && !(w === 'عن' && /صادر$/.test(prev))) break;
    if (j > from && verbAt(words, j)) break;
    to = j + 1;
  }
  // "نقلت وكالة رويترز عن مسؤول أمريكي": the words are the one's after عن.
  if (ctx.relay && words[to]?.norm === 'عن') {
    return resolveSubject(text, words, to + 1, { ...ctx, relay: false, attribution: true, gender: null });
  }
  if (to === from) return ctx.attribution ? { kind: 'none' } : carry(state, ctx.gender, ctx, text);
  const zoneStart = words[from]!.start;
  const zoneEnd = words[to - 1]!.end;
  const first = words[from]!.norm;
  // "وقال القيادي في الحركة أسامة حمدان"، "قال المبعوث الأممي إلى اليمن هانس غروندبرغ"،
  // "قال خبير الأرصاد في المركز الدكتور أحمد حبيب": a title whose complement runs
  // past the zone's stop to a person's name. The name is the speaker.
  if (!zoneHasPerson(ctx, zoneStart, zoneEnd)) {
    const titled = titledPerson(text, words, from, subjectReach(text, words, from, ctx), ctx);
    if (titled) return { kind: 'explicit', speaker: titled };
  }
  // "مصدر في الوزارة" (indefinite). The definite "المصدر نفسه" refers back and carries
  // over, like "الناشط الحقوقي" for an activist already named.
  if (stems(first).some((s) => lexicon.anonymous.has(s))) return { kind: 'anonymous' };
  // An outlet reports ("ذكرت صحيفة ...", "وقالت سانا"): no actor spoke.
  const mediaAt = ctx.media[lowerBound(ctx.media, zoneStart)];
  // (Behind ل or ب an outlet is whom the words were said to: "في حديث لشبكة ...".)
  const addressee = /^[وف]?[لب]/.test(first) && !lexicon.mediaNouns.has(first);
  const outletFirst = [first, withoutConjunction(first)].some((s) => lexicon.mediaNouns.has(s));
  // "شبكة أطباء السودان" is a body the gazetteer knows, not an outlet.
  const firstMention = ctx.mentions[lowerBound(ctx.mentionStarts, zoneStart)];
  const knownBody = !!firstMention && firstMention.start < words[from]!.end && firstMention.actor.type !== 'person' && firstMention.actor.type !== 'media' && (mediaAt === undefined || mediaAt >= words[from]!.end);
  if (!addressee && !knownBody && (outletFirst || (mediaAt !== undefined && mediaAt < words[from]!.end))) {
    return { kind: 'anonymous' };
  }
  // "في تصريح لقناة المسيرة": the outlet is whom it was said to; the phrase names no speaker.
  if (ctx.attribution && addressee && stems(first).some((x) => lexicon.mediaNouns.has(x))) return { kind: 'none' };

  // "وأضاف البيان", "وتابع التقرير": the statement quoted from before speaks on.
  if (isDefinite(first) && isDocument(first) && state.lastDocument) return { kind: 'carry', speaker: state.lastDocument };

  // Pronoun sources: "بحسب قوله"، "وفق تعبيرها".
  const pron = /^(.*?)(ها|ه)$/.exec(first);
  if (pron && (lexicon.pronounSources.has(pron[1]!) || lexicon.pronounSources.has(first))) {
    return carry(state, pron[2] === 'ها' ? 'f' : 'm', ctx, text);
  }

  // Mentions in the zone, and whether each stands as a complement of a title
  // ("المتحدث باسم الكرملين", "مستشار الرئيس الأوكراني"): those are not the speaker.
  const inZone: Array<{ m: Mention; complement: boolean }> = [];
  let k = lowerBound(ctx.mentionStarts, zoneStart);
  let leadOk = true; // only titles / definite words / documents so far
  let seenTitle = false;
  let seenPerson = false;
  let wi = from;
  let indefiniteSpokesperson = false;
  let definiteTitle = false;
  for (; wi < to; wi++) {
    const w = words[wi]!;
    while (k < ctx.mentions.length && ctx.mentions[k]!.end <= w.start) k++;
    // A mention may start inside the word, behind a proclitic ('لحركة حماس').
    const m = k < ctx.mentions.length && ctx.mentions[k]!.start < w.end ? ctx.mentions[k]! : null;
    if (m && m.start < zoneEnd) {
      if (!leadOk) break;
      const prevWord = words[wi - 1]?.norm ?? '';
      // Behind ل or ب a name is not a verb's subject ("فصيل تابع لإيران"), except after an attribution phrase ("بيان للخارجية").
      const preposed = !ctx.attribution && /[لب]/.test(text.slice(w.start, Math.max(w.start, m.start)));
      // (A name the gazetteer lacks was found introduced by that very title: it is the person.)
      // After a comma a name stands in apposition ("المتحدث باسم الأمين العام، ستيفان دوجاريك"), not as a complement.
      const afterComma = wi > from && /[،,]/.test(text.slice(words[wi - 1]!.end, w.start));
      const complement = preposed || (wi > from && !afterComma && (prevWord === 'باسم' || (isTitle(prevWord) && !HONORIFICS.has(prevWord) && m.actor.id !== null) || (seenTitle && /^ل/.test(w.norm))));
      if (seenPerson && /^ل/.test(w.norm)) break; // "قال بوتين لنظيره ..."
      inZone.push({ m, complement });
      if (m.actor.type === 'person' && !complement) seenPerson = true;
      // Skip the mention's other words.
      while (wi + 1 < to && words[wi + 1]!.start < m.end) wi++;
      k++;
      continue;
    }
    if (seenPerson && /^ل/.test(w.norm)) break;
    if (isSpokesperson(w.norm)) {
      seenTitle = true;
      if (wi === from && !isDefinite(w.norm)) indefiniteSpokesperson = true;
      else if (wi === from) definiteTitle = true;
      continue;
    }
    if (isTitle(w.norm)) {
      seenTitle = true;
      if (wi === from) definiteTitle = true;
      continue;
    }
    if (w.norm === 'باسم' || isDefinite(w.norm) || isDocument(w.norm) || (ctx.attribution && /^ل/.test(w.norm))) continue;
    // A title's complement: "رئيس حكومة الوحدة الوطنية X"، "الرئيس التنفيذي لهيئة الأدب X"; up to a
    // name the gazetteer lacks, which findActors found introduced by this very role ("والي شمال كردفان X").
    if (seenTitle && inZone.length === 0 && (isComplementHead(w.norm) || /^ل/.test(w.norm) || w.norm.startsWith('باسم') || unknownAhead(ctx, w.end, zoneEnd))) continue;
    // Any other word before a name: the zone is an object ("أكد رفض ..."), not a subject.
    if (inZone.length === 0) leadOk = false;
    else break;
  }

  // A verb agrees with its subject: a masculine verb before a feminine body
  // ("حذر قوات حفظ السلام") has its subject elsewhere, the body is its object.
  const namedAnyone = inZone.length > 0;
  const agrees = (m: Mention) => mentionAgrees(m, ctx.gender, state);
  for (let z = inZone.length - 1; z >= 0; z--) if (!inZone[z]!.complement && !agrees(inZone[z]!.m)) inZone.splice(z, 1);
  const persons = inZone.filter((z) => !z.complement && z.m.actor.type === 'person');
  // A person the gazetteer knows beats one found by a role alone ("قائد الجيش، الفريق أول عبد الفتاح البرهان").
  const person = persons.find((z) => z.m.actor.id !== null) ?? persons[0];
  if (person) return { kind: 'explicit', speaker: speakerOf(person.m, state) };
  const heads = inZone.filter((z) => !z.complement);
  if (heads.length > 0 && !seenTitle) return { kind: 'explicit', speaker: speakerOf(heads[0]!.m, state) };
  if (seenTitle) {
    // "المتحدث باسم الأمين العام، ستيفان دوجاريك،": a name the gazetteer lacks, set off by commas after a title
    // (also past a stop: "الرئيسة المشتركة للدائرة في الإدارة، إلهام أحمد، لوكالة ...").
    const named = appositiveName(text, words, from, subjectReach(text, words, from, ctx), ctx);
    if (named) return { kind: 'explicit', speaker: named };
  }
  if (inZone.length > 0 && seenTitle) {
    // A title without a name: an unnamed indefinite spokesman speaks for the body;
    // "the spokeswoman of X" refers back to the spokeswoman already quoted.
    const body = inZone.find((z) => z.m.actor.type !== 'person') ?? inZone[0]!;
    if (!indefiniteSpokesperson && (ctx.gender === 'm' || ctx.gender === 'f')) {
      const s = state.byGender[ctx.gender];
      if (s && s !== 'anonymous' && s.person) return { kind: 'carry', speaker: s };
    }
    return { kind: 'explicit', speaker: speakerOf(body.m, state) };
  }
  if (heads.length > 0) return { kind: 'explicit', speaker: speakerOf(heads[0]!.m, state) };

  // No actor named. A bare institution noun ("بيان الوزارة") is the last body of that name.
  // It must stand as the subject: first, or after document words only ("بيان الوزارة").
  for (let j = from; j < to; j++) {
    const w = words[j]!.norm;
    const noun = stems(w).find((s) => lexicon.institutionNouns.has(s));
    if (noun) {
      const body = lastBodyNamed(ctx, noun.replace(/^ال/, ''));
      if (body) return { kind: 'explicit', speaker: speakerOf(body, state) };
      break;
    }
    if (!isDocument(w)) break;
  }
  // A name the gazetteer lacks: two or three plain words, then a comma or a stop.
  const unknown = reportsSpeech(text, words[to - 1]!.end) && !namedAnyone ? unknownName(text, words, from, to, false, ctx.directOpeners) : null;
  if (unknown) return { kind: 'explicit', speaker: unknown };
  // Only titles, pronouns or an object: the subject is left out and carries over
  // ("وأضاف المتحدث:", "وأكد رفض ..."). An attribution phrase naming no one says nothing.
  if (ctx.attribution && !definiteTitle) return { kind: 'none' };
  const carried = carry(state, ctx.gender, ctx, text);
  // "وقال قائد السفينة": an office held by someone not named yet. It refers back only
  // to a speaker introduced with that office ("مدرب" for "سعد الشهري، مدرب الاتفاق");
  // otherwise an unnamed person spoke.
  if (carried.kind === 'carry' && definiteTitle && !isDefinite(first) && isTitle(first) && from + 1 < to) {
    const title = titleStem(withoutConjunction(first));
    if (!state.titles.get(carried.speaker.key)?.has(title) && !namedNearTitle(text, ctx, carried.speaker, title)) {
      return { kind: 'anonymous' };
    }
  }
  return carried;
}

/** A person the gazetteer lacks is named between `from` and `to`. */
export function unknownAhead(ctx: ResolveContext, from: number, to: number): boolean {
  for (let k = lowerBound(ctx.mentionStarts, from); k < ctx.mentions.length && ctx.mentions[k]!.start < to; k++) {
    const m = ctx.mentions[k]!;
    if (m.actor.type === 'person') return m.actor.id === null;
  }
  return false;
}

export function zoneHasPerson(ctx: ResolveContext, start: number, end: number): boolean {
  for (let k = lowerBound(ctx.mentionStarts, start); k < ctx.mentions.length && ctx.mentions[k]!.start < end; k++) {
    if (ctx.mentions[k]!.actor.type === 'person') return true;
  }
  return false;
}

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

/** After the subject, does the sentence go on to a colon, a quotation or أن/إن (reported speech)? */
export function reportsSpeech(text: string, from: number, orStatement = false): boolean {
  const words = wordsIn(text, from, Math.min(text.length, from + 160));
  let at = from;
  for (const w of words) {
    const gap = text.slice(at, w.start);
    if (/[:]/.test(gap) || [...gap].some(isQuoteMark)) return true;
    if (/[.!?؟\n]/.test(gap)) return false;
    if (isComplementizer(w.norm)) return true;
    if (orStatement && isDocument(w.norm) && !/^(وال|ال|لل)/.test(w.norm)) return true;
    at = w.end;
  }
  const tail = text.slice(at, Math.min(text.length, at + 3));
  return /^[\s]*[:"“”«]/.test(tail);
}
