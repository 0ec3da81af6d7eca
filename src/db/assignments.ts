import type { OpenedAssignment } from '../domain/quiz/assignment';
import type { GivenAnswer, QuizResult } from '../domain/quiz/quiz-result';
import { AttemptClosedError, MusterError, TransferFormatError } from '../domain/shared/errors';
import type { AppDB, AssignmentAttemptRow, AssignmentRow, GradebookResultRow } from './app-db';

/** Stores an assignment made here (mine) or opened from a link; opening never un-marks mine. */
export async function saveAssignment(
  db: AppDB,
  opened: OpenedAssignment,
  mine: boolean,
  now: Date,
): Promise<AssignmentRow> {
  return db.transaction('rw', db.assignments, async () => {
    const existing = await db.assignments.get(opened.assignment.id);
    if (existing && existing.questionsHash !== opened.questionsHash) {
      throw new TransferFormatError(
        `This browser already holds a different version of "${opened.assignment.title}". Ask your teacher which link is current.`,
      );
    }
    const row: AssignmentRow = {
      id: opened.assignment.id,
      assignment: opened.assignment,
      questionsHash: opened.questionsHash,
      code: existing?.code ?? opened.code,
      mine: mine || (existing?.mine ?? false),
      savedAt: existing?.savedAt ?? now.getTime(),
    };
    await db.assignments.put(row);
    return row;
  });
}

export function listAssignments(db: AppDB): Promise<AssignmentRow[]> {
  return db.assignments.orderBy('savedAt').reverse().toArray();
}

export function getAssignment(db: AppDB, id: string): Promise<AssignmentRow | undefined> {
  return db.assignments.get(id);
}

export function attemptsOf(db: AppDB, assignmentId: string): Promise<AssignmentAttemptRow[]> {
  return db.assignmentAttempts.where('assignmentId').equals(assignmentId).sortBy('startedAt');
}

export async function startAttempt(db: AppDB, attempt: AssignmentAttemptRow): Promise<void> {
  await db.assignmentAttempts.add(attempt);
}

/**
 * The attempt, still open, inside a write transaction. A submitted attempt is never changed:
 * another tab may have submitted it, and the student must hear that their write was refused.
 */
async function openAttempt(db: AppDB, attemptId: string, what: 'answer' | 'submission') {
  const attempt = await db.assignmentAttempts.get(attemptId);
  if (!attempt) {
    throw new MusterError(
      `This attempt is no longer stored in this browser (was a backup restored?), so your ${what} was not saved. Reload the page.`,
    );
  }
  if (attempt.submittedAt !== null) throw new AttemptClosedError(what);
  return attempt;
}

/** Saves one answer the moment it is given. */
export async function saveAnswer(
  db: AppDB,
  attemptId: string,
  questionId: string,
  given: GivenAnswer,
): Promise<void> {
  await db.transaction('rw', db.assignmentAttempts, async () => {
    const attempt = await openAttempt(db, attemptId, 'answer');
    await db.assignmentAttempts.update(attemptId, { answers: { ...attempt.answers, [questionId]: given } });
  });
}

/** Submits once: a second submit (another tab's) would replace the result already handed in. */
export async function submitAttempt(
  db: AppDB,
  attemptId: string,
  submittedAt: number,
  resultCode: string,
): Promise<void> {
  await db.transaction('rw', db.assignmentAttempts, async () => {
    await openAttempt(db, attemptId, 'submission');
    await db.assignmentAttempts.update(attemptId, { submittedAt, resultCode });
  });
}

/**
 * Adds results to a gradebook in one transaction. The same result imported again is
 * skipped (same attempt id), so importing a folder twice changes nothing.
 */
export async function importResults(
  db: AppDB,
  assignmentId: string,
  results: readonly QuizResult[],
  now: Date,
): Promise<{ added: number; already: number }> {
  return db.transaction('rw', db.gradebookResults, async () => {
    const known = await db.gradebookResults.bulkGet(results.map((r) => r.attemptId));
    const fresh = new Map<string, GradebookResultRow>();
    for (const [i, result] of results.entries()) {
      if (known[i] || fresh.has(result.attemptId)) continue;
      fresh.set(result.attemptId, {
        attemptId: result.attemptId,
        assignmentId,
        result,
        importedAt: now.getTime(),
      });
    }
    await db.gradebookResults.bulkAdd([...fresh.values()]);
    return { added: fresh.size, already: results.length - fresh.size };
  });
}

export async function gradebookResults(db: AppDB, assignmentId: string): Promise<QuizResult[]> {
  const rows = await db.gradebookResults.where('assignmentId').equals(assignmentId).toArray();
  return rows.map((row) => row.result);
}
