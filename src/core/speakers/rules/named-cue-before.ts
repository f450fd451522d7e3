import { refOf } from '../model';
import { lastCueBefore } from './cues';
import type { SpeakerRule } from './rule';

export const namedCueBefore: SpeakerRule = {
  name: 'named cue before',
  why: 'The speech verb before the quote in its sentence names its subject (or an anonymous source): that subject said it.',
  examples: [
    { text: 'قصفت القوات الروسية خاركيف. وقال الرئيس الأوكراني فولوديمير زيلينسكي: "لن نستسلم أبدا مهما طال الزمن".', quote: 'لن نستسلم أبدا مهما طال الزمن', speaker: 'فولوديمير زيلينسكي' },
    { text: 'اشتد القتال في الفاشر. وأكد قائد الجيش عبد الفتاح البرهان أمام جنوده أن "المعركة لن تتوقف قبل النصر".', quote: 'المعركة لن تتوقف قبل النصر', speaker: 'عبد الفتاح البرهان' },
    { text: 'تواصل القصف على غزة. وقال مصدر في الحكومة: "الوضع الإنساني كارثي ولا يحتمل التأجيل".', quote: 'الوضع الإنساني كارثي ولا يحتمل التأجيل', speaker: null },
  ],
  apply(zone) {
    const before = lastCueBefore(zone.cues, zone.cueStarts, zone.sentenceFrom, zone.outerStart);
    if (!before || (before.resolution.kind !== 'explicit' && before.resolution.kind !== 'anonymous')) return undefined;
    return { speaker: refOf(before.resolution) };
  },
};
