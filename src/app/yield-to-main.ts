interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Ends the current task and goes on in a new one, so the browser can paint and answer input
 * in between: start-up is a series of steps, each short, rather than one long task (on a
 * phone, a task over 50 ms is a tap that waits; Lighthouse sums them as total blocking time).
 * `scheduler.yield` (Chromium) resumes ahead of other queued work; elsewhere a timer.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
