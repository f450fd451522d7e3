// What both stages of the content check leave on a page they left alone: a
// plain function in the extension's isolated world (no listener, nothing on
// the page), which content-recheck.js calls after the tab's URL changed.
import { RECHECK_KEY, type RecheckScope } from './recheck-scope';

/** Leaves `check` to run again (after a same-document navigation) once the page is at another URL than `checkedUrl`. */
export function leaveRecheck(checkedUrl: string, check: (afterNavigation: boolean) => void): void {
  const scope = globalThis as RecheckScope;
  scope[RECHECK_KEY] = () => {
    if (document.URL === checkedUrl) return;
    delete scope[RECHECK_KEY];
    check(true);
  };
}
