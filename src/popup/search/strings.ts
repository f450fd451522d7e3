// The search and related panels' strings, Arabic and English, chosen like the
// rest of the popup (by the translation the browser picked).
import { uiLanguage } from '../i18n';

const STRINGS = {
  searchLabel: { ar: 'البحث في التصريحات', en: 'Search statements' },
  searchPlaceholder: { ar: 'ابحث: زاخاروفا، قره باغ، وقف إطلاق النار…', en: 'Search: Zakharova, Karabakh, ceasefire…' },
  anyConflict: { ar: 'كل النزاعات', en: 'All conflicts' },
  noResults: { ar: 'لا تصريحات مطابقة', en: 'No matching statements' },
  searchFailed: { ar: 'تعذّر البحث', en: 'Search failed' },
  unknownSpeaker: { ar: 'متحدث غير معروف', en: 'Unknown speaker' },
  undated: { ar: 'بلا تاريخ', en: 'undated' },
  unknownOutlet: { ar: 'مصدر غير معروف', en: 'unknown outlet' },
  alsoIn: { ar: 'ورد أيضا في', en: 'also in' },
  savedByYou: { ar: 'محفوظ لديك', en: 'saved by you' },
  relatedLabel: { ar: 'تصريحات ذات صلة', en: 'Related statements' },
  noRelated: { ar: 'لا تصريحات سابقة ذات صلة في المدونة', en: 'No related earlier statements in the corpus' },
  myCorpus: { ar: 'تصريحاتي المحفوظة', en: 'My saved statements' },
  savePage: { ar: 'احفظ تصريحات هذه الصفحة', en: "Save this page's statements" },
  remove: { ar: 'احذف', en: 'Remove' },
  exportFile: { ar: 'تصدير', en: 'Export' },
  importFile: { ar: 'استيراد', en: 'Import' },
  reset: { ar: 'مسح الكل', en: 'Clear all' },
  nothingSaved: { ar: 'لم تحفظ أي صفحة بعد', en: 'No page saved yet' },
  statementsCount: { ar: 'تصريحات', en: 'statements' },
  from: { ar: 'من', en: 'from' },
  to: { ar: 'إلى', en: 'to' },
  clearFilter: { ar: 'إزالة التصفية', en: 'Remove this filter' },
  bySpeaker: { ar: 'تصريحات هذا المتحدث فقط', en: "Only this speaker's statements" },
} as const;

export type StringKey = keyof typeof STRINGS;

export function s(key: StringKey): string {
  return STRINGS[key][uiLanguage().toLowerCase().startsWith('ar') ? 'ar' : 'en'];
}
