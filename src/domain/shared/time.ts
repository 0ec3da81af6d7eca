/** Lengths of time in milliseconds, the unit of every instant Muster stores. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
/** A calendar day's length; a study day can be an hour longer or shorter (see study-day.ts). */
export const DAY = 24 * HOUR;
