// Long page work (finding the article, building its text, wrapping) written
// as generators that yield every few hundred nodes, so the same code runs in
// one go (tests, small pages) or in time slices between which the page gets
// the main thread back (no task over ~50 ms on a 3 MB page).

/** A job that yields now and then and returns T at the end. */
export type Steps<T> = Generator<void, T, void>;

/** Runs a job to its end without stopping. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Milliseconds of work per slice: well under the 50 ms of a "long task", with room for the step that overruns. */
export const SLICE_MS = 12;

/**
 * Runs a job in slices of about `sliceMs`: at each of the job's yields, once
 * the slice is used up, waits for `yieldToPage` (the page's own tasks run).
 */
export async function runSliced<T>(steps: Steps<T>, yieldToPage: () => Promise<void>, sliceMs = SLICE_MS): Promise<T> {
  let deadline = performance.now() + sliceMs;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() >= deadline) {
      await yieldToPage();
      deadline = performance.now() + sliceMs;
    }
  }
}

interface PostTaskScheduler {
  postTask(callback: () => void, options: { priority: 'background' | 'user-visible' | 'user-blocking' }): Promise<void>;
}

/**
 * Gives the main thread back to the page until its own tasks and input have
 * run. Not scheduler.yield(): that resumes Sada ahead of the page's queued
 * tasks (a page timer stopped for seconds on a 3 MB page). A background-
 * priority task runs after the page's tasks; where there is no postTask, a
 * macrotask (setTimeout) queues behind what the page has already queued.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<PostTaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    try {
      return scheduler.postTask(() => {}, { priority: 'background' });
    } catch {
      // fall through
    }
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
