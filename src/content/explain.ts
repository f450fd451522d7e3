// content-explain.js: injected by the background only when the popup asks
// about a page that content-check.js's first stage left alone without naming
// its language (naming it on every page would cost every page the language
// module). It names the language of the same bounded probe, in the report
// the background then reads (LEFT_ALONE_KEY).

import { detectLanguageSample } from '../core';
import { LANGUAGE_CHARS } from './page-check';
import { probePage } from './page-probe';
import { LEFT_ALONE_KEY, type LeftAloneScope } from './recheck-scope';

const scope = globalThis as LeftAloneScope;
const report = scope[LEFT_ALONE_KEY];
if (typeof document !== 'undefined' && report && report.language === null && report.state === 'not-arabic') {
  const detected = detectLanguageSample(probePage(document).text, LANGUAGE_CHARS);
  // Arabic letters that are not Arabic (too few to tell): no name rather than a wrong one.
  const language = detected === 'ar' ? 'und' : detected;
  scope[LEFT_ALONE_KEY] = { ...report, language, reason: `page language: ${language}` };
}
