import type { QuizAttemptRow } from '../../src/db/app-db';

/**
 * A finished practice quiz as the Practice page saves it: `right` lists the questions
 * answered correctly, `wrong` the others. Scored like the page: one point per right answer.
 */
export function practiceAttempt(
  deckId: string,
  finishedAt: string,
  right: readonly string[],
  wrong: readonly string[] = [],
): Omit<QuizAttemptRow, 'id'> {
  const end = Date.parse(finishedAt);
  return {
    deckId,
    startedAt: end - 5 * 60_000,
    finishedAt: end,
    timeLimitMinutes: null,
    questions: [
      ...right.map((questionId) => ({ questionId, given: null, outcome: 'correct' as const })),
      ...wrong.map((questionId) => ({ questionId, given: null, outcome: 'wrong' as const })),
    ],
    score: right.length,
    outOf: right.length + wrong.length,
  };
}
