import { lexicon, stems } from '../../../speech';
import { carry } from '../../carry';
import { holdsTitle } from '../../names';
import { isDefinite, isDocument, isSpokesperson, isTitle, type Resolution, speakerOf, titleStem } from '../../model';
import type { SubjectZone } from '../zone';
import { lastBodyNamed } from '../reading';
import type { SubjectRule } from './rule';
import { knownHolderOf, officeOf } from '../known-holder';

export const institutionNoun: SubjectRule = {
  name: 'institution noun',
  why: 'A bare institution noun as the subject ("وقالت الوزارة", "بيان الوزارة", "المتحدث باسم الوزارة") is the last body of that name.',
  examples: [
    { text: 'وأعلنت وزارة الدفاع الأوكرانية صد هجوم. وقالت الوزارة: "الخسائر في صفوف العدو كبيرة".', quote: 'الخسائر في صفوف العدو كبيرة', speaker: 'وزارة الدفاع الأوكرانية' },
    { text: 'أعلنت وزارة التربية موعد الامتحانات. وقال المتحدث باسم الوزارة: "المراكز جاهزة في كل المحافظات".', quote: 'المراكز جاهزة في كل المحافظات', speaker: 'وزارة التربية' },
    { text: 'وقالت وكالة الطاقة الدولية إن الطلب تراجع. وكتبت الوكالة في تقريرها: "الأسواق لن تستعيد توازنها قبل الصيف".', quote: 'الأسواق لن تستعيد توازنها قبل الصيف', speaker: 'وكالة الطاقة الدولية' }, // ("الوكالة" names no news agency here)
    { text: 'ونشرت وزارة الصحة في غزة حصيلة جديدة للضحايا. وقال نائب مدير الوزارة للصحفيين: "المستشفيات لم تعد تستقبل أحدا".', quote: 'المستشفيات لم تعد تستقبل أحدا', speaker: 'وزارة الصحة في غزة' },
    { text: 'ونشرت منظمة العمل ضد الجوع أرقاما جديدة. وقال الوزير إيلي حداد إن الأرقام مبالغ فيها. وقال المكتب الإقليمي للمنظمة إن "ثلث الأطفال يعانون سوء التغذية".', quote: 'ثلث الأطفال يعانون سوء التغذية', speaker: 'منظمة العمل ضد الجوع' },
  ],
  apply(zone) {
    const { words, from, to, ctx, text } = zone;
    const owner = ownerAfterLam(zone);
    if (owner) return owner;
    let title = '';
    for (let j = from; j < to; j++) {
      const w = words[j]!.norm;
      const noun = stems(w).find((s) => lexicon.institutionNouns.has(s));
      if (noun) {
        // ("وقال المتحدث باسم الوزارة" after the spokesman was named with that title: him.)
        const carried = title ? carry(ctx.state, ctx.gender, ctx, text) : null;
        if (carried?.kind === 'carry' && carried.speaker.person && holdsTitle(text, ctx, carried.speaker, title)) return carried;
        // ("عن قائد الجيش قوله": the person the text names whom the gazetteer describes with that office.)
        const holder = title ? knownHolderOf(ctx, officeOf(words.slice(from, j + 1))) : null;
        if (holder) return { kind: 'carry', speaker: holder };
        const body = lastBodyNamed(ctx, noun.replace(/^ال/, ''));
        return body ? { kind: 'explicit', speaker: speakerOf(body, ctx.state) } : undefined;
      }
      // "المتحدث باسم الوزارة"، "وكيل الوزارة": an office of the institution speaks for it (but "وزير الخارجية" is a person's office).
      // (The word after the verb carries no و: "وكيل" keeps its first letter.)
      if (j === from && (isTitle(w) || isSpokesperson(w)) && !lexicon.ministerWords.has(w)) title = titleStem(w);
      // ("نائب رئيس المركز": a title of two words.)
      else if (j === from + 1 && title && isTitle(w) && !lexicon.ministerWords.has(w)) continue;
      else if (!isDocument(w) && !(title && w === 'باسم')) return undefined;
    }
    return undefined;
  },
};

/** How many definite words may stand before the owner ("المكتب الإقليمي للمنظمة"). */
const MAX_OFFICE_WORDS = 3;

/**
 * "المكتب الإقليمي للمنظمة", "الفرع المحلي للجمعية": definite words, no name among them, then an institution
 * noun behind ل, whose office they are: the last body of that name speaks (before the office's own noun,
 * which may be another body's: "مكتب" of some earlier "مكتب …").
 */
function ownerAfterLam(zone: SubjectZone): Resolution | undefined {
  const { words, from, to, ctx } = zone;
  const last = words[to - 1];
  if (to - from < 2 || to - from > MAX_OFFICE_WORDS + 1 || !last?.norm.startsWith('لل') || zone.names().namedAnyone) return undefined;
  for (let j = from; j < to - 1; j++) if (!isDefinite(words[j]!.norm)) return undefined;
  const noun = stems(last.norm).find((s) => s.startsWith('ال') && lexicon.institutionNouns.has(s));
  const body = noun ? lastBodyNamed(ctx, noun.replace(/^ال/, '')) : null;
  return body ? { kind: 'explicit', speaker: speakerOf(body, ctx.state) } : undefined;
}
