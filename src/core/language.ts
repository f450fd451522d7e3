/** ISO 639-1 code of the text's language: ar, fa, ur, en, … or 'und'. */
export function detectLanguage(_text: string): string {
  return 'und';
}
