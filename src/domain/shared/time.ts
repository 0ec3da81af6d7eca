/** Lengths of time in milliseconds, the unit of every instant Muster stores. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
/** A calendar day's length; a study day can be an hour longer or shorter (see study-day.ts). */
export const DAY = 24 * HOUR;

/**
 * A length of time for people: "9 s" below a minute (never "0 min" for a quick attempt or
 * a short session), "4 min 5 s" below ten minutes, then "12 min" and "1 h 5 min".
 */
export function formatDuration(ms: number): string {
  const seconds = Math.round(Math.max(0, ms) / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
  const rounded = Math.round(seconds / 60);
  if (rounded < 60) return `${rounded} min`;
  return `${Math.floor(rounded / 60)} h ${rounded % 60} min`;
}
