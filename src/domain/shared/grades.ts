import { DAY, HOUR, MINUTE } from './time';
/** The four answers, as in Anki; 1–4 on the keyboard in this order. */
export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof GRADES)[number];

/** "<1m", "10m", "3h", "4d", "2.5mo", "1.2y": the length a grade button shows. */
export function formatInterval(ms: number): string {
  if (ms < MINUTE) return '<1m';
  if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${trimmed(days / 30)}mo`;
  return `${trimmed(days / 365)}y`;
}

function trimmed(value: number): string {
  return value.toFixed(1).replace(/\.0$/, '');
}
