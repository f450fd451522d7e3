// The bundled gazetteer's names, normalized at build time: build.mjs replaces this module, in the extension's and
// the CLI's bundles, with prepareNames(loadGazetteer()) computed from the same data files (finder.ts
// PreparedNames), so the first analysis of a background's life does not make and normalize every case form
// of every name. Here, in the sources (tests), there are none: the finder normalizes the names itself, with
// the same result.
import type { PreparedNames } from './finder';

export const PREPARED_NAMES: PreparedNames | null = null;
