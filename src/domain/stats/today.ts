import type { StatsLog } from './stats-log';

export interface TodaySummary {
  /** Answers given this study day (a card answered twice counts twice, as in Anki). */
  reviewed: number;
  /** Distinct cards answered this study day. */
  cards: number;
  timeSpentMs: number;
}

export function summariseToday(todayLogs: readonly StatsLog[]): TodaySummary {
  let timeSpentMs = 0;
  for (const log of todayLogs) timeSpentMs += log.durationMs;
  return {
    reviewed: todayLogs.length,
    cards: new Set(todayLogs.map((log) => log.cardKey)).size,
    timeSpentMs,
  };
}

export interface Streak {
  /** Study days in a row with at least one review, up to today. */
  days: number;
  /** True when every day we looked at had reviews: the streak may be longer still. */
  atLeast: boolean;
}

/**
 * The current streak from review counts per study day (oldest first, today last). A day
 * without reviews breaks it, except today: until today ends, yesterday's streak is alive.
 */
export function currentStreak(dailyCounts: readonly number[]): Streak {
  let index = dailyCounts.length - 1;
  if (dailyCounts[index] === 0) index--;
  let days = 0;
  while (index >= 0 && (dailyCounts[index] ?? 0) > 0) {
    days++;
    index--;
  }
  return { days, atLeast: days > 0 && index < 0 };
}
