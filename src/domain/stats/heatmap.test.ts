import { describe, expect, it } from 'vitest';
import { daysUpTo } from './days';
import { buildHeatmap, weekdayOf } from './heatmap';
import { countByDay, newCard, review } from './review-fixtures';

describe('buildHeatmap', () => {
  // Wednesday 4 March 2026, 10:00 in Paris; nine study days back reach Monday 23 February.
  const days = daysUpTo(new Date('2026-03-04T09:00:00Z'), 10, { dayStartHour: 4, timeZone: 'Europe/Paris' });

  it('puts each day under its weekday, Monday first, padding the edges', () => {
    expect(weekdayOf('2026-02-23')).toBe(0);
    expect(weekdayOf('2026-03-01')).toBe(6);
    const map = buildHeatmap(
      days,
      days.map(() => 0),
    );
    expect(map.weeks).toHaveLength(2);
    expect(map.weeks[0]?.map((c) => c?.label)).toEqual([
      '2026-02-23',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
    ]);
    expect(map.weeks[1]?.map((c) => c?.label ?? null)).toEqual([
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      null,
      null,
      null,
      null,
    ]);
  });

  it('shades days by their share of the busiest day and totals the reviews', () => {
    // Eight answers on 3 March (one at 03:30 local, which counts for the 2nd), two on the 4th.
    const { logs } = review(newCard('a'), [
      ['2026-03-03T02:30:00Z', 'good'],
      ...Array.from({ length: 8 }, (_, i): [string, 'good'] => [`2026-03-03T1${i}:00:00Z`, 'good']),
      ['2026-03-04T08:00:00Z', 'good'],
      ['2026-03-04T08:30:00Z', 'good'],
    ]);
    const map = buildHeatmap(
      days,
      countByDay(
        logs.map((l) => l.reviewedAt),
        days,
      ),
    );
    const byLabel = new Map(map.weeks.flat().flatMap((c) => (c ? [[c.label, c]] : [])));
    expect(byLabel.get('2026-03-02')).toEqual({ label: '2026-03-02', count: 1, level: 1 });
    expect(byLabel.get('2026-03-03')).toEqual({ label: '2026-03-03', count: 8, level: 4 });
    expect(byLabel.get('2026-03-04')).toEqual({ label: '2026-03-04', count: 2, level: 1 });
    expect(byLabel.get('2026-03-01')?.level).toBe(0);
    expect(map).toMatchObject({ total: 11, busiest: 8, activeDays: 3 });
  });
});
