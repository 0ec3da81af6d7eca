import type { Topic } from '../domain/shared/deck';
import { cardKey } from '../domain/study/card';
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

export interface QuizAttemptWithTopics {
  attempt: QuizAttemptRow;
  /** The topic of each question asked, undefined where the question is no longer in the deck. */
  questionTopics: (Topic | undefined)[];
}

/**
 * Practice quizzes of one deck (its deckId index) or of every deck, oldest first, with the
 * topics of the questions they asked. A learner takes tens of quizzes, not thousands, so
 * reading them all and their questions by key stays small.
 */
export function quizAttemptsWithTopics(db: AppDB, deckId?: string): Promise<QuizAttemptWithTopics[]> {
  return db.transaction('r', db.quizAttempts, db.questions, async () => {
    const attempts =
      deckId === undefined
        ? await db.quizAttempts.orderBy('finishedAt').toArray()
        : await db.quizAttempts.where('deckId').equals(deckId).sortBy('finishedAt');
    const keys = [...new Set(attempts.flatMap(keysOf))];
    const topics = new Map(
      (await db.questions.bulkGet(keys)).flatMap((row) => (row ? [[row.key, row.topic] as const] : [])),
    );
    return attempts.map((attempt) => ({
      attempt,
      questionTopics: keysOf(attempt).map((key) => topics.get(key)),
    }));
  });
}

function keysOf(attempt: QuizAttemptRow): string[] {
  return attempt.questions.map((question) => cardKey(attempt.deckId, question.questionId));
}
