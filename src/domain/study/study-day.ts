import { DAY, HOUR, MINUTE } from '../shared/time';

/**
 * The study day. Like Anki, a day does not end at midnight: it ends at a chosen hour
 * (default 4 AM) in the learner's time zone, so a late-night session counts for the
 * evening it belongs to.
 */

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The device's own time zone. Its offsets come from Date, which needs no Intl: the first
 * Intl.DateTimeFormat a page builds loads the time-zone data, tens of milliseconds on a phone,
 * and the deck list's first counts (and every study day) only need the device's zone.
 */
export const LOCAL_TIME_ZONE = 'local';

/** Minutes the zone is ahead of UTC at that instant (DST-aware), e.g. 60 for Paris in winter. */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  // 0 - x, not -x: no -0 for a zone at UTC.
  if (timeZone === LOCAL_TIME_ZONE) return 0 - instant.getTimezoneOffset();
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wallClock = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((wallClock - Math.floor(instant.getTime() / 1000) * 1000) / MINUTE);
}

export interface StudyDay {
  start: number;
  end: number;
  /** "2026-03-02": the calendar date the study day is named after, in that zone. */
  label: string;
}

export function studyDay(now: Date, dayStartHour: number, timeZone: string): StudyDay {
  const offset = zoneOffsetMinutes(now, timeZone) * MINUTE;
  // Shift into "wall-clock minus start hour" so every study day is a plain calendar day.
  const shifted = now.getTime() + offset - dayStartHour * HOUR;
  const dayIndex = Math.floor(shifted / DAY);
  const label = new Date(dayIndex * DAY).toISOString().slice(0, 10);
  const startGuess = dayIndex * DAY + dayStartHour * HOUR - offset;
  // The offset at the day's start can differ from now's (a DST change in between).
  const start =
    dayIndex * DAY + dayStartHour * HOUR - zoneOffsetMinutes(new Date(startGuess), timeZone) * MINUTE;
  const endGuess = start + DAY;
  const end =
    (dayIndex + 1) * DAY + dayStartHour * HOUR - zoneOffsetMinutes(new Date(endGuess), timeZone) * MINUTE;
  return { start, end, label };
}

/** The zone study days are counted in: the device's own. */
export function localTimeZone(): string {
  return LOCAL_TIME_ZONE;
}
