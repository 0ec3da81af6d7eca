import { describe, expect, it } from 'vitest';
import { dayIndexAt, daysFrom, daysUpTo } from './days';

const PARIS = { dayStartHour: 4, timeZone: 'Europe/Paris' };

describe('daysUpTo', () => {
  it('ends with today and steps back one study day at a time, 4 AM to 4 AM', () => {
    // 02:00 in Paris on 3 March still belongs to the study day of 2 March.
    const days = daysUpTo(new Date('2026-03-03T01:00:00Z'), 3, PARIS);
    expect(days.map((d) => d.label)).toEqual(['2026-02-28', '2026-03-01', '2026-03-02']);
    expect(new Date(days[0]?.start ?? 0).toISOString()).toBe('2026-02-28T03:00:00.000Z');
    for (let i = 1; i < days.length; i++) expect(days[i]?.start).toBe(days[i - 1]?.end);
  });

  it('keeps the 23-hour day when the clocks go forward', () => {
    const days = daysUpTo(new Date('2026-03-30T12:00:00Z'), 3, PARIS);
    expect(days.map((d) => d.label)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    expect((days[0]?.end ?? 0) - (days[0]?.start ?? 0)).toBe(23 * 3_600_000);
    expect(new Date(days[2]?.start ?? 0).toISOString()).toBe('2026-03-30T02:00:00.000Z');
  });
});

describe('daysFrom', () => {
  it('starts with today and runs forward without gaps', () => {
    const days = daysFrom(new Date('2026-03-03T10:00:00Z'), 3, PARIS);
    expect(days.map((d) => d.label)).toEqual(['2026-03-03', '2026-03-04', '2026-03-05']);
    expect(days[1]?.start).toBe(days[0]?.end);
  });
});

describe('dayIndexAt', () => {
  const days = daysUpTo(new Date('2026-03-03T10:00:00Z'), 3, PARIS);
  it('finds the study day of an instant, 03:59 local going to the day before', () => {
    expect(dayIndexAt(days, Date.parse('2026-03-03T02:59:00Z'))).toBe(1);
    expect(dayIndexAt(days, Date.parse('2026-03-03T03:00:00Z'))).toBe(2);
    expect(dayIndexAt(days, Date.parse('2026-03-01T03:00:00Z'))).toBe(0);
  });
  it('answers -1 outside the days', () => {
    expect(dayIndexAt(days, Date.parse('2026-03-01T02:59:59Z'))).toBe(-1);
    expect(dayIndexAt(days, Date.parse('2026-03-04T03:00:00Z'))).toBe(-1);
  });
});
