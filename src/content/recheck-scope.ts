// Where content-check leaves its re-check function for content-recheck.js
// (both run in the extension's isolated world of the same document).
export const RECHECK_KEY = '__sadaRecheck';
export type RecheckScope = { [RECHECK_KEY]?: () => void };
