/** The fields of a Chromium trace event this file reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts: number;
  /** Wall time, microseconds. */
  dur?: number;
  /** The thread's CPU time, microseconds. */
  tdur?: number;
}

/** Lighthouse's default mobile CPU slow-down, and the length over which a task blocks. */
const CPU_SLOWDOWN = 4;
const BLOCKING_MS = 50;

/**
 * Total blocking time counted from CPU time instead of wall time: each top-level task of the
 * page's main thread, slowed 4x, less 50 ms, from the first contentful paint to the end of the
 * trace. As in Lighthouse, a task under way at the first paint counts from the paint on: its
 * CPU time is taken as spread evenly over its wall time, and the part after the paint counts.
 * Lighthouse counts wall time, so on a busy machine (other processes, or the page's own
 * worker on a 2-core one) a task waiting for a core counts as blocking; the task's CPU time
 * does not grow with the load, so this figure compares builds measured at different loads.
 * It is not Lighthouse's figure (which ends at time to interactive, and whose simulation
 * reorders tasks): an estimate of what a quiet machine would give. Worker threads are left out,
 * as Lighthouse leaves them out. Undefined if the trace has no first paint.
 */
export function cpuBlockingMs(events: TraceEvent[]): number | undefined {
  const paint = events.find((event) => event.name === 'firstContentfulPaint');
  if (!paint) return undefined;
  let blocking = 0;
  for (const event of events) {
    if (event.name !== 'RunTask' || event.ph !== 'X') continue;
    if (event.pid !== paint.pid || event.tid !== paint.tid) continue;
    const wall = event.dur ?? 0;
    const cpu = event.tdur ?? wall;
    const end = event.ts + wall;
    if (end <= paint.ts) continue;
    const afterPaint = event.ts >= paint.ts || wall === 0 ? 1 : (end - paint.ts) / wall;
    const slowedMs = (CPU_SLOWDOWN * cpu * afterPaint) / 1000;
    blocking += Math.max(0, slowedMs - BLOCKING_MS);
  }
  return Math.round(blocking);
}
