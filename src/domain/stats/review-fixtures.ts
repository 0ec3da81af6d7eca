import { type CardRecord, gradedCard } from '../study/card';
import { createScheduler, type Grade, newFsrsCard } from '../study/scheduler';
import type { StudyDay } from '../study/study-day';
import { DEFAULT_STUDY_SETTINGS } from '../study/study-settings';
import { dayIndexAt } from './days';
import type { StatsLog } from './stats-log';

/** Hand-made review histories for the stats tests, graded through the real scheduler (no fuzz). */
export const testScheduler = createScheduler({ ...DEFAULT_STUDY_SETTINGS, enableFuzz: false });

export function newCard(questionId: string, topic: CardRecord['topic'] = 'dates', position = 0): CardRecord {
  return {
    key: `deck/${questionId}`,
    deckId: 'deck',
    questionId,
    factId: questionId,
    topic,
    queue: 'new',
    due: position,
    fsrs: newFsrsCard(new Date('2026-01-01T00:00:00Z')),
    leech: false,
  };
}

/** Grades `card` at each (ISO instant, grade) in turn; returns the final card and one log per answer. */
export function review(
  card: CardRecord,
  answers: [string, Grade][],
  durationMs = 5000,
): { card: CardRecord; logs: StatsLog[] } {
  const logs: StatsLog[] = [];
  let current = card;
  for (const [at, grade] of answers) {
    const now = new Date(at);
    const result = testScheduler.grade(current.fsrs, grade, now);
    logs.push({
      cardKey: current.key,
      grade,
      reviewedAt: now.getTime(),
      durationMs,
      before: { queue: current.queue, due: current.due },
      fsrs: result.log,
    });
    current = gradedCard(current, result, 8);
  }
  return { card: current, logs };
}

/** Reviews per study day, the way the database counts them with one index range per day. */
export function countByDay(times: readonly number[], days: readonly StudyDay[]): number[] {
  const counts = days.map(() => 0);
  for (const time of times) {
    const index = dayIndexAt(days, time);
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}
