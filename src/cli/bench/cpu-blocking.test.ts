import { describe, expect, it } from 'vitest';
import { cpuBlockingMs, type TraceEvent } from './cpu-blocking';

const MAIN = { pid: 1, tid: 7 };
const task = (ts: number, wallMs: number, cpuMs: number, thread = MAIN): TraceEvent => ({
  ...thread,
  name: 'RunTask',
  ph: 'X',
  ts: ts * 1000,
  dur: wallMs * 1000,
  tdur: cpuMs * 1000,
});

describe('cpuBlockingMs', () => {
  it("sums each main-thread task's CPU time, slowed 4x, over 50 ms, from the first paint on", () => {
    const events: TraceEvent[] = [
      { ...MAIN, name: 'firstContentfulPaint', ph: 'R', ts: 100_000 },
      task(50, 40, 40), // ended before the first paint
      task(110, 90, 10), // 40 ms slowed: not blocking, however long its wall time
      task(200, 30, 20), // 80 ms slowed: 30 blocking
      task(300, 50, 25), // 100 ms slowed: 50 blocking
      task(400, 300, 100, { pid: 1, tid: 8 }), // another thread (a worker)
    ];
    expect(cpuBlockingMs(events)).toBe(80);
  });

  it('counts a task under way at the first paint from the paint on', () => {
    const events: TraceEvent[] = [
      { ...MAIN, name: 'firstContentfulPaint', ph: 'R', ts: 100_000 },
      // 100 ms of wall time, a quarter after the paint: 10 of its 40 ms CPU, 40 slowed: not blocking.
      task(25, 100, 40),
      // Half after the paint: 30 of 60 ms CPU, 120 slowed: 70 blocking.
      task(50, 100, 60),
    ];
    expect(cpuBlockingMs(events)).toBe(70);
  });

  it('is undefined without a first paint to count from', () => {
    expect(cpuBlockingMs([task(10, 100, 100)])).toBeUndefined();
  });
});
