import { phaseOf } from '../study/scheduler';
import type { StudyDay } from '../study/study-day';
import { dayIndexAt } from './days';
import type { StatsLog } from './stats-log';

/** Anki's line between young and mature cards: an interval of 21 days or more. */
const MATURE_DAYS = 21;

export interface PassRate {
  passed: number;
  total: number;
  /** passed / total, or null when there was nothing to count. */
  rate: number | null;
}

export interface TrueRetention {
  young: PassRate;
  mature: PassRate;
  all: PassRate;
}

function rate(passed: number, total: number): PassRate {
  return { passed, total, rate: total === 0 ? null : passed / total };
}

/**
 * True retention: how often review cards were remembered (any grade but Again) when they
 * came due. Only reviews of cards in the review state count (learning steps are not a
 * test of memory), and only each card's first answer of a study day (a card shown again
 * after Again the same day would count twice). Young = interval before the review under
 * 21 days, mature = 21 days or more. Logs outside `days` are left out.
 */
export function trueRetention(logs: readonly StatsLog[], days: readonly StudyDay[]): TrueRetention {
  const seen = new Set<string>();
  let youngPassed = 0;
  let youngTotal = 0;
  let maturePassed = 0;
  let matureTotal = 0;
  const inOrder = [...logs].sort((a, b) => a.reviewedAt - b.reviewedAt);
  for (const log of inOrder) {
    const day = dayIndexAt(days, log.reviewedAt);
    if (day < 0) continue;
    const firstOfDay = `${day}|${log.cardKey}`;
    if (seen.has(firstOfDay)) continue;
    seen.add(firstOfDay);
    if (phaseOf(log.fsrs) !== 'review') continue;
    const passed = log.grade === 'again' ? 0 : 1;
    if (log.fsrs.scheduled_days >= MATURE_DAYS) {
      matureTotal++;
      maturePassed += passed;
    } else {
      youngTotal++;
      youngPassed += passed;
    }
  }
  return {
    young: rate(youngPassed, youngTotal),
    mature: rate(maturePassed, matureTotal),
    all: rate(youngPassed + maturePassed, youngTotal + matureTotal),
  };
}
