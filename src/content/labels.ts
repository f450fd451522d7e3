// Words the page-side UI shows (hover card, accessible labels). Arabic first:
// the pages Sada annotates are Arabic.
import type { ActorType } from '../core';

export const TYPE_LABELS: Record<ActorType, { ar: string; en: string }> = {
  person: { ar: 'شخص', en: 'person' },
  state: { ar: 'دولة', en: 'state' },
  organization: { ar: 'مؤسسة', en: 'organization' },
  group: { ar: 'جماعة', en: 'group' },
  media: { ar: 'وسيلة إعلام', en: 'media' },
};

export const UI = {
  unknownPerson: 'شخص غير مُعرَّف في قاعدة Sada',
  unknownSpeaker: 'متحدث غير معروف',
  quote: 'اقتباس',
  quoteBy: 'اقتباس على لسان',
  saysHere: 'ما يقوله في هذه الصفحة',
  earlier: 'تصريحات سابقة',
  noEarlier: 'لا توجد تصريحات سابقة في المكتبة',
  loading: 'جارٍ التحميل…',
  close: 'إغلاق',
  cardLabel: 'بطاقة Sada',
} as const;
