import type { AssignmentAttemptRow, AssignmentRow } from '../../db/app-db';
import type { QuizResult } from '../../domain/quiz/quiz-result';

/** The result a submitted attempt hands in (the score, if given, is only what the student saw). */
export function resultOfAttempt(
  row: AssignmentRow,
  attempt: AssignmentAttemptRow,
  submittedAt: number,
  score?: number,
): QuizResult {
  return {
    assignmentId: row.assignment.id,
    questionsHash: row.questionsHash,
    assignmentTitle: row.assignment.title,
    attemptId: attempt.id,
    student: attempt.student,
    startedAt: attempt.startedAt,
    submittedAt,
    answers: attempt.answers,
    ...(score === undefined ? {} : { score }),
  };
}
