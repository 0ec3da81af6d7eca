import { cardKey } from '../domain/card';
import type { AppDB, QuizAttemptRow } from './app-db';

export async function saveQuizAttempt(db: AppDB, attempt: Omit<QuizAttemptRow, 'id'>): Promise<number> {
  return (await db.quizAttempts.add(attempt)) as number;
}

/** Practice quizzes, newest first. */
export function quizHistory(db: AppDB): Promise<QuizAttemptRow[]> {
  return db.quizAttempts.orderBy('finishedAt').reverse().toArray();
}

/** "Add my mistakes to study": these questions lead the deck's next study session. */
export async function addMistakes(
  db: AppDB,
  deckId: string,
  questionIds: readonly string[],
  now: Date,
): Promise<void> {
  const addedAt = now.getTime();
  await db.mistakes.bulkPut(questionIds.map((id) => ({ cardKey: cardKey(deckId, id), deckId, addedAt })));
}
