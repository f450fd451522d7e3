import { lexicon, stems } from '../../../speech';
import { isRoleWord, isSpokesperson, isTitle } from '../../model';
import { appositiveName, subjectReach } from '../../names';
import type { SubjectRule } from './rule';

export const appositive: SubjectRule = {
  name: 'name in apposition',
  why: 'A name set off by commas after a title or a role noun ("المتحدث باسم الأمين العام، X،", "صديق الطفولة، X،") is who speaks, even past a stop.',
  examples: [
    { text: 'وقال وكيل وزارة الزراعة، سنان دياب، للصحفيين: "المحصول تراجع إلى النصف".', quote: 'المحصول تراجع إلى النصف', speaker: 'سنان دياب' },
    { text: 'وقالت جارة العائلة منذ عشرين عاما، ميرال العلي، للتلفزيون: "كانت تحلم بأن تصبح طبيبة".', quote: 'كانت تحلم بأن تصبح طبيبة', speaker: 'ميرال العلي' },
    { text: 'وأعلنت الجمعية إرسال متطوعين، وقالت مسؤولة الإعلام فيها، سناء الخطيب: «الأغطية أول ما نحتاجه».', quote: 'الأغطية أول ما نحتاجه', speaker: 'سناء الخطيب' },
  ],
  apply(zone) {
    const { text, words, from, ctx } = zone;
    // (After a title, or any role noun that introduces a person: "صديق الطفولة، X،"; the zone opens with it:
    // "في بيان نشره الموقع الرسمي، بأداء ..." describes a document, not a speaker.)
    const { first } = zone;
    // (An official, "مسؤولة الإعلام فيها، X،", is no anonymous source once named: ./anonymous-source.)
    if (!isTitle(first) && !isSpokesperson(first) && !isRoleWord(first) && !stems(first).some((s) => lexicon.anonymous.has(s))) return undefined;
    const named = appositiveName(text, words, from, subjectReach(text, words, from, ctx), ctx);
    return named ? { kind: 'explicit', speaker: named } : undefined;
  },
};
