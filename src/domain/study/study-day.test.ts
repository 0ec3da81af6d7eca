import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_TIME_ZONE, localTimeZone, studyDay, zoneOffsetMinutes } from './study-day';

describe('zoneOffsetMinutes', () => {
  it('knows winter and summer time', () => {
    expect(zoneOffsetMinutes(new Date('2026-01-15T12:00:00Z'), 'Europe/Paris')).toBe(60);
    expect(zoneOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Europe/Paris')).toBe(120);
    expect(zoneOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(zoneOffsetMinutes(new Date('2026-07-15T12:00:00Z'), 'UTC')).toBe(0);
  });
});

describe('studyDay', () => {
  it('starts at 4 AM local time, so 2 AM belongs to the day before', () => {
    // 02:00 in Paris on 3 March is 01:00 UTC.
    const day = studyDay(new Date('2026-03-03T01:00:00Z'), 4, 'Europe/Paris');
    expect(day.label).toBe('2026-03-02');
    expect(new Date(day.start).toISOString()).toBe('2026-03-02T03:00:00.000Z');
    expect(new Date(day.end).toISOString()).toBe('2026-03-03T03:00:00.000Z');
  });

  it('puts 5 AM into the new day', () => {
    const day = studyDay(new Date('2026-03-03T04:00:00Z'), 4, 'Europe/Paris');
    expect(day.label).toBe('2026-03-03');
  });

  it('gives the same instant a different day in another zone', () => {
    const instant = new Date('2026-03-03T06:00:00Z');
    expect(studyDay(instant, 4, 'Europe/Paris').label).toBe('2026-03-03');
    expect(studyDay(instant, 4, 'America/Los_Angeles').label).toBe('2026-03-02');
    expect(studyDay(instant, 4, 'Asia/Tokyo').label).toBe('2026-03-03');
  });

  it('makes a 23-hour day when the clocks go forward', () => {
    // Europe switches to summer time at 02:00 on 29 March 2026, inside the study day of the 28th.
    const day = studyDay(new Date('2026-03-28T12:00:00Z'), 4, 'Europe/Paris');
    expect(day.end - day.start).toBe(23 * 3_600_000);
  });

  it('honours a midnight day start', () => {
    const day = studyDay(new Date('2026-03-03T00:30:00Z'), 0, 'UTC');
    expect(day.label).toBe('2026-03-03');
    expect(new Date(day.start).toISOString()).toBe('2026-03-03T00:00:00.000Z');
  });
});

describe('the local time zone', () => {
  // Across a year, both daylight-saving changes of a zone that has them, and the day's edges.
  const instants = Array.from(
    { length: 48 },
    (_, i) => new Date(Date.UTC(2026, 0, 1) + i * 7.6 * 86_400_000),
  );
  // Node reads TZ again when it changes: the device's zone, as the offsets from Date see it.
  const zones = ['UTC', 'Europe/Paris', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Kolkata'];
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(zones)("has the device zone's offsets and study days, read without Intl (%s)", (zone) => {
    process.env.TZ = zone;
    expect(localTimeZone()).toBe(LOCAL_TIME_ZONE);
    for (const instant of instants) {
      expect(zoneOffsetMinutes(instant, LOCAL_TIME_ZONE)).toBe(zoneOffsetMinutes(instant, zone));
      expect(studyDay(instant, 4, LOCAL_TIME_ZONE)).toEqual(studyDay(instant, 4, zone));
    }
  });
});
