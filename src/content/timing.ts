// Where the time goes between navigation and highlights: with `SADA_TIMING=1 node build.mjs` the content
// scripts leave performance marks (`sada:<step>`) that bench/content-live.mjs --breakdown reads from the
// page. A normal build defines SADA_TIMING as false: the calls do nothing and the page sees no mark.
declare const SADA_TIMING: boolean | undefined;

/** Marks the moment `step` is reached (timing builds only). */
export function markStep(step: string): void {
  if (typeof SADA_TIMING !== 'undefined' && SADA_TIMING) performance.mark(`sada:${step}`);
}
