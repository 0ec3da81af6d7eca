import type { CardRecord } from '../card';
import type { StudyDay } from '../study-day';
import { dayIndexAt } from './days';

export type ForecastCard = Pick<CardRecord, 'queue' | 'due'> & { fsrs: { scheduled_days: number } };

export interface Forecast {
  /** Cards coming due on each of `days` (today first); today includes the overdue ones. */
  perDay: number[];
  /** Cards already due before today began. */
  overdue: number;
  /** Cards due after the last day shown. */
  later: number;
  /**
   * Anki's daily load: the reviews a day brings in the long run, the sum over cards in
   * review of 1 / interval in days (a card every 10 days is a tenth of a review a day).
   */
  dailyLoad: number;
}

/** Reviews coming due per study day. New and suspended cards are not due at all. */
export function forecastDue(cards: readonly ForecastCard[], days: readonly StudyDay[]): Forecast {
  const perDay = days.map(() => 0);
  let overdue = 0;
  let later = 0;
  let dailyLoad = 0;
  const first = days[0];
  for (const card of cards) {
    if (card.queue === 'new' || card.queue === 'suspended') continue;
    if (card.queue === 'review') dailyLoad += 1 / Math.max(1, card.fsrs.scheduled_days);
    if (first && card.due < first.start) {
      overdue++;
      perDay[0] = (perDay[0] ?? 0) + 1;
      continue;
    }
    const index = dayIndexAt(days, card.due);
    if (index < 0) later++;
    else perDay[index] = (perDay[index] ?? 0) + 1;
  }
  return { perDay, overdue, later, dailyLoad };
}

/** Sums consecutive runs of `size` values (days into weeks); the last run may be shorter. */
export function sumInRuns(values: readonly number[], size: number): number[] {
  const sums: number[] = [];
  for (let i = 0; i < values.length; i += size) {
    sums.push(values.slice(i, i + size).reduce((a, b) => a + b, 0));
  }
  return sums;
}
