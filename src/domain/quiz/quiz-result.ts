import { TransferFormatError } from '../shared/errors';
import { describeIssues, z } from '../shared/validation';
import type { OpenedAssignment } from './assignment';
import { extractCode } from './assignment';
import { decodeEnvelope, type EnvelopeKind, encodeEnvelope } from './link-codec';

/** What a student gave for one question: text or a chosen option, or a list (ordering, matching). */
export const givenAnswerSchema = z.union([
  z.string().check(z.maxLength(2000)),
  z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(50)),
]);
export type GivenAnswer = z.infer<typeof givenAnswerSchema>;

/**
 * A student's submission. It names the assignment and the hash of its questions, so a
 * result for another assignment (or another version of it) is refused. It may carry the
 * score the student's app showed, but the gradebook never reads it: it re-grades.
 */
export const quizResultSchema = z.object({
  assignmentId: z.string().check(z.minLength(1), z.maxLength(40)),
  questionsHash: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
  assignmentTitle: z.string().check(z.maxLength(200)),
  /** Random per attempt: importing the same result twice is recognised, not double-counted. */
  attemptId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,40}$/)),
  student: z.string().check(z.minLength(1), z.maxLength(100)),
  startedAt: z.number().check(z.int(), z.nonnegative()),
  submittedAt: z.number().check(z.int(), z.nonnegative()),
  answers: z.record(z.string().check(z.maxLength(200)), givenAnswerSchema),
  score: z.optional(z.number()),
});
export type QuizResult = z.infer<typeof quizResultSchema>;

export const RESULT_ENVELOPE: EnvelopeKind = {
  tag: 'r',
  version: 1,
  noun: 'result code',
  maxEncodedChars: 60_000,
  maxJsonBytes: 300_000,
};

export function encodeResult(result: QuizResult): Promise<string> {
  return encodeEnvelope(RESULT_ENVELOPE, result);
}

function parseResult(data: unknown): QuizResult {
  const parsed = quizResultSchema.safeParse(data);
  if (!parsed.success) {
    throw new TransferFormatError(
      `This result code is not a valid Muster result:\n${describeIssues(parsed.error)}\nAsk the student to send the result file again.`,
    );
  }
  const result = parsed.data;
  if (Object.keys(result.answers).length > 500 || result.submittedAt < result.startedAt) {
    throw new TransferFormatError(
      'This result code does not add up. Ask the student to send the result file again.',
    );
  }
  return result;
}

/** Decodes a result file, code or pasted text and checks it belongs to `assignment`. */
export async function openResult(input: string, assignment: OpenedAssignment): Promise<QuizResult> {
  const result = parseResult(await decodeEnvelope(RESULT_ENVELOPE, extractCode(input, RESULT_ENVELOPE)));
  if (result.assignmentId !== assignment.assignment.id) {
    throw new TransferFormatError(
      `This result (from ${result.student}) is for another assignment, "${result.assignmentTitle}", not "${assignment.assignment.title}". Import it in that assignment's gradebook.`,
    );
  }
  if (result.questionsHash !== assignment.questionsHash) {
    throw new TransferFormatError(
      `This result (from ${result.student}) was made for a different version of "${assignment.assignment.title}" whose questions have changed. It cannot be graded against these questions.`,
    );
  }
  for (const id of Object.keys(result.answers)) {
    if (!assignment.assignment.questions.some((q) => q.id === id)) {
      throw new TransferFormatError(
        `This result (from ${result.student}) answers a question that is not in "${assignment.assignment.title}". Ask the student to send the result file again.`,
      );
    }
  }
  return result;
}

/** The file a student downloads and hands in; only `code` is read back. */
export function resultFile(result: QuizResult, code: string): string {
  return `${JSON.stringify(
    {
      code,
      muster: 'result',
      assignment: result.assignmentTitle,
      student: result.student,
      submittedAt: new Date(result.submittedAt).toISOString(),
    },
    null,
    2,
  )}\n`;
}
