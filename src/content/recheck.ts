// content-recheck.js: injected by the background when a tab's URL changes.
// If content-check left this document alone at another URL (a single-page
// site that moved on with history.pushState), it checks the page again;
// otherwise (a new document, a page being annotated) it does nothing.
import { RECHECK_KEY, type RecheckScope } from './recheck-scope';

(globalThis as unknown as RecheckScope)[RECHECK_KEY]?.();
