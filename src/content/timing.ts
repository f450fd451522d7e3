// Where the time goes between navigation and highlights: with `SADA_TIMING=1 node build.mjs` the content
// scripts leave performance marks (`sada:<step>`) on the page's timeline, whose medians bench/content-live.mjs
// prints for such a build. A normal build defines SADA_TIMING as false: the calls are dropped and the page sees no mark.
declare const SADA_TIMING: boolean | undefined;

/** Marks the moment `step` is reached (timing builds only). */
export function markStep(step: string): void {
  if (typeof SADA_TIMING !== 'undefined' && SADA_TIMING) performance.mark(`sada:${step}`);
}
