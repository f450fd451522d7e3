// Where the background's time goes on the way to a page's highlights: with `SADA_TIMING=1 node build.mjs`
// the background keeps, in `globalThis.__sadaTimes`, each step's wall-clock time (ms since the epoch, so a
// benchmark can set it beside the page's own marks: bench/first-article.mjs prints both for such a build).
// A normal build defines SADA_TIMING as false: the calls are dropped.
declare const SADA_TIMING: boolean | undefined;

/** Records the moment `step` is reached (timing builds only). */
export function markWorker(step: string): void {
  if (typeof SADA_TIMING !== 'undefined' && SADA_TIMING) {
    const scope = globalThis as unknown as { __sadaTimes?: Array<[string, number]> };
    (scope.__sadaTimes ??= []).push([step, performance.timeOrigin + performance.now()]);
  }
}
