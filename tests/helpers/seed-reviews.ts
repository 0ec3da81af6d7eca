import type { AppDB } from '../../src/db/app-db';
import { recordReview } from '../../src/db/study';
import { cardKey, gradedCard } from '../../src/domain/study/card';
import { createScheduler, type Grade } from '../../src/domain/study/scheduler';
import { DEFAULT_STUDY_SETTINGS } from '../../src/domain/study/study-settings';

const scheduler = createScheduler({ ...DEFAULT_STUDY_SETTINGS, enableFuzz: false });

/** Answers cards of a loaded deck through the real grade transaction, at the given instants. */
export async function seedReviews(
  db: AppDB,
  deckId: string,
  answers: { questionId: string; grade: Grade; at: string; durationMs?: number }[],
): Promise<void> {
  for (const { questionId, grade, at, durationMs = 4000 } of answers) {
    const card = await db.cards.get(cardKey(deckId, questionId));
    if (!card) throw new Error(`No card ${questionId} in ${deckId}.`);
    const now = new Date(at);
    const result = scheduler.grade(card.fsrs, grade, now);
    await recordReview(db, card, gradedCard(card, result, DEFAULT_STUDY_SETTINGS.leechThreshold), {
      cardKey: card.key,
      deckId,
      factId: card.factId,
      grade,
      reviewedAt: now.getTime(),
      durationMs,
      before: { queue: card.queue, due: card.due, leech: card.leech },
      fsrs: result.log,
    });
  }
}
