// Names content-check leaves in the extension's isolated world of a page
// (a plain property: no listener, nothing on the page itself).
import type { PageReport } from '../shared/messages';

/** The re-check function, called by content-recheck.js after a single-page site changed its URL. */
export const RECHECK_KEY = '__sadaRecheck';
export type RecheckScope = { [RECHECK_KEY]?: () => void };

/** Why the check left the page alone, read by the background (scripting.executeScript) when the popup asks. */
export const LEFT_ALONE_KEY = '__sadaLeftAlone';
export type LeftAloneScope = { [LEFT_ALONE_KEY]?: PageReport };
