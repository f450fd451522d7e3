import { carry } from '../../carry';
import type { SubjectRule } from './rule';

export const participle: SubjectRule = {
  name: 'participle',
  why: 'A participle ("مؤكدا", "داعية") shares the subject of its sentence; an actor named right after it is its object ("داعيا الأمم المتحدة إلى ..."), never its subject.',
  examples: [
    { text: 'وقال بيني غانتس إن الحكومة "فقدت ثقة الشارع"، داعيا الأحزاب إلى انتخابات مبكرة.', quote: 'فقدت ثقة الشارع', speaker: 'بيني غانتس' },
    { text: 'وأعلن الجيش الروسي أنه أسقط طائرات مسيرة فوق بيلغورود، وهو ما نفته وزارة الدفاع الأوكرانية واصفة إياه بأنه "رواية لا أساس لها من الصحة".', quote: 'رواية لا أساس لها من الصحة', speaker: 'وزارة الدفاع الأوكرانية' }, // (the subject of the writer's clause "وهو ما نفته X")
    { text: 'وقالت المفوضة الأممية لحقوق الإنسان سوزان ريد إن المدنيين "يدفعون الثمن الأكبر"، داعية قوات الدعم السريع إلى فتح الممرات.', quote: 'يدفعون الثمن الأكبر', speaker: 'سوزان ريد' },
  ],
  apply({ ctx, text }) {
    return ctx.participle ? carry(ctx.state, ctx.gender, ctx, text) : undefined;
  },
};
