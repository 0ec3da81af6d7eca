import type { AppDB, QuizAttemptRow } from './app-db';

export async function saveQuizAttempt(db: AppDB, attempt: Omit<QuizAttemptRow, 'id'>): Promise<number> {
  return (await db.quizAttempts.add(attempt)) as number;
}

/** Practice quizzes, newest first. */
export function quizHistory(db: AppDB): Promise<QuizAttemptRow[]> {
  return db.quizAttempts.orderBy('finishedAt').reverse().toArray();
}
