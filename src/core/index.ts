// The core's one public face. Surfaces (content, popup, background, CLI) import
// core only from here. Pure: no DOM, no extension APIs.
//
// The analysis: analyze(text) for any length (src/core/analyze.ts), or
// analyzeSteps / analyzeInSlices to give a page's main thread its turn between
// the parts of a long text. Same result whichever is called.
export { analyze, analyzeInSlices, analyzeSteps, type AnalyzeOptions } from './analyze';
export { ANALYZE_PART_CHARS, ANALYZE_WHOLE_MAX_CHARS, analysisParts, mergeParts, type PartResult } from './parts';
export { createActorFinder, defaultActorFinder, type ActorFinder } from './actors';
export { loadGazetteer } from './gazetteer';
export { defaultFinderStep, finderFromFiles } from './finder';
export { BUNDLED_CONFLICTS, CONFLICT_IDS, conflictDataFrom, type ConflictData, type ConflictProfile } from './knowledge';
export { detectLanguage, detectLanguageSample, DEFAULT_SAMPLE_CHARS } from './language';
export * from './types';
// The content check's fold (data/normalization.json) and Persian/Urdu title words (data/languages.json), as generated literals.
export { GATE_DROPPED_BUT_ZWNJ_SOURCE, GATE_DROPPED_SOURCE, GATE_VARIANT_RE, GATE_VARIANTS, TITLE_WORDS_NEVER_ARABIC_RE } from './fold.generated';

// The statement corpus (src/core/corpus/README.md).
export * from './corpus/build';
export * from './corpus/related';
export * from './corpus/render';
export * from './corpus/search';
export * from './corpus/segment';
export * from './corpus/types';
export * from './corpus/memory-schema';
export * from './corpus/memory-merge';
export * from './corpus/memory-index';
export * from './corpus/pack';
export * from './corpus/cite';
export * from './corpus/wire';
