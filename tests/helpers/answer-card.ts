import type { AppDB } from '../../src/db/app-db';
import { recordReview, reviewLogOf } from '../../src/db/study';
import type { Grade } from '../../src/domain/shared/grades';
import { type CardRecord, gradedCard } from '../../src/domain/study/card';
import { createScheduler } from '../../src/domain/study/scheduler';
import { DEFAULT_STUDY_SETTINGS } from '../../src/domain/study/study-settings';

/** The scheduler tests use: default settings without fuzz, so intervals are exact. */
export const testScheduler = createScheduler({ ...DEFAULT_STUDY_SETTINGS, enableFuzz: false });

/** Grades `card` as a study session does (card + log in one transaction); returns the new card and the log id. */
export async function answerCard(db: AppDB, card: CardRecord, grade: Grade, at: Date, leechThreshold = 8) {
  const result = testScheduler.grade(card.fsrs, grade, at);
  const after = gradedCard(card, result, leechThreshold);
  const id = await recordReview(db, card, after, reviewLogOf(card, grade, at, 1000, result.log));
  return { after, id };
}
