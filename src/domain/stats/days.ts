import { type StudyDay, studyDay } from '../study/study-day';

/**
 * Runs of consecutive study days, built by stepping from one day's edge to the next so
 * that 23- and 25-hour days (clock changes) and the 4 AM start stay exact.
 */
export interface DayClock {
  dayStartHour: number;
  timeZone: string;
}

/** The `count` study days ending with today's, oldest first. */
export function daysUpTo(now: Date, count: number, clock: DayClock): StudyDay[] {
  const days: StudyDay[] = [];
  let day = studyDay(now, clock.dayStartHour, clock.timeZone);
  while (days.length < count) {
    days.push(day);
    day = studyDay(new Date(day.start - 1), clock.dayStartHour, clock.timeZone);
  }
  return days.reverse();
}

/** Today's study day and the `count - 1` after it, in order. */
export function daysFrom(now: Date, count: number, clock: DayClock): StudyDay[] {
  const days: StudyDay[] = [];
  let day = studyDay(now, clock.dayStartHour, clock.timeZone);
  while (days.length < count) {
    days.push(day);
    day = studyDay(new Date(day.end), clock.dayStartHour, clock.timeZone);
  }
  return days;
}

/** Index of the day holding `instant` in consecutive `days`, or -1 if none does (binary search). */
export function dayIndexAt(days: readonly StudyDay[], instant: number): number {
  let low = 0;
  let high = days.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const day = days[middle] as StudyDay;
    if (instant < day.start) high = middle - 1;
    else if (instant >= day.end) low = middle + 1;
    else return middle;
  }
  return -1;
}
