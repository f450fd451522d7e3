// Names content-check leaves in the extension's isolated world of a page
// (a plain property: no listener, nothing on the page itself).
import type { PageReport } from '../shared/messages';

/** The re-check function, called by content-recheck.js after a single-page site changed its URL. */
export const RECHECK_KEY = '__sadaRecheck';
export type RecheckScope = { [RECHECK_KEY]?: () => void };

/**
 * The background's answer to the first stage's `sada:probe-arabic`: whether the page's site is switched
 * on (read there while the page takes content-main.js), for content-main's check, which then reads no
 * storage of its own. Anything but a boolean is no answer.
 */
export const SITE_ON_KEY = '__sadaSiteOn';
export type SiteOnScope = { [SITE_ON_KEY]?: Promise<unknown> };

/** Why the check left the page alone, read by the background (scripting.executeScript) when the popup asks. */
export const LEFT_ALONE_KEY = '__sadaLeftAlone';
export type LeftAloneScope = { [LEFT_ALONE_KEY]?: PageReport };
