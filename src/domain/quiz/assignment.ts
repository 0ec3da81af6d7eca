import type { Deck, Question } from '../shared/deck';
import { questionSchema } from '../shared/deck';
import { TransferFormatError } from '../shared/errors';
import { describeIssues, z } from '../shared/validation';
import { decodeEnvelope, type EnvelopeKind, encodeEnvelope, envelopeText, fingerprint } from './link-codec';

/** A teacher's quiz, carried whole in a link or file: the questions travel with it. */
const MAX_ASSIGNMENT_QUESTIONS = 200;

export const assignmentSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,40}$/, 'a code of letters and digits')),
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  className: z.string().check(z.maxLength(200)),
  teacher: z.string().check(z.maxLength(200)),
  deck: z.object({
    id: z.string().check(z.maxLength(80)),
    title: z.string().check(z.maxLength(300)),
  }),
  createdAt: z.number().check(z.int(), z.nonnegative()),
  /** Epoch ms; a submission after it is marked late, never refused. */
  dueAt: z.nullable(z.number().check(z.int(), z.nonnegative())),
  timeLimitMinutes: z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(600))),
  attemptsAllowed: z.number().check(z.int(), z.minimum(1), z.maximum(20)),
  shuffleQuestions: z.boolean(),
  shuffleOptions: z.boolean(),
  showAnswers: z.boolean(),
  questions: z.array(questionSchema).check(z.minLength(1), z.maxLength(MAX_ASSIGNMENT_QUESTIONS)),
});
export type Assignment = z.infer<typeof assignmentSchema>;

/** Version 1 carries the questions themselves: for a deck the student may not have. */
export const ASSIGNMENT_ENVELOPE: EnvelopeKind = {
  tag: 'a',
  version: 1,
  noun: 'assignment link',
  maxEncodedChars: 150_000,
  maxJsonBytes: 1_000_000,
};

/**
 * Version 2 carries only the questions' ids and their hash: for a deck every copy of the app
 * has (the bundled one), which makes a 40-question link about a tenth as long, short enough
 * for one QR code. The student's app takes the questions from its own copy of the deck and
 * opens the link only if they hash to the same value, so both sides see the same questions.
 */
const REFERENCE_ENVELOPE: EnvelopeKind = { ...ASSIGNMENT_ENVELOPE, version: 2, maxJsonBytes: 100_000 };

const referenceSchema = z.extend(z.omit(assignmentSchema, { questions: true }), {
  questionIds: z
    .array(z.string().check(z.minLength(1), z.maxLength(200)))
    .check(z.minLength(1), z.maxLength(MAX_ASSIGNMENT_QUESTIONS)),
  questionsHash: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
});

/** The questions of a deck this app has, by id, in the order asked; undefined if any is missing. */
export type QuestionFinder = (deckId: string, questionIds: string[]) => Promise<Question[] | undefined>;

export interface OpenedAssignment {
  assignment: Assignment;
  /** Ties results to exactly these questions: a changed question makes old results foreign. */
  questionsHash: string;
  /** The envelope alone (`muster.a1.…`), whatever it was opened from. */
  code: string;
}

export interface AssignmentDraft {
  title: string;
  className: string;
  teacher: string;
  deck: Pick<Deck, 'id' | 'title'>;
  questions: Question[];
  dueAt: number | null;
  timeLimitMinutes: number | null;
  attemptsAllowed: number;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  showAnswers: boolean;
}

/** `id` is random (the caller passes it: the domain has no randomness of its own). */
export function newAssignment(draft: AssignmentDraft, id: string, now: Date): Assignment {
  return { ...draft, deck: { id: draft.deck.id, title: draft.deck.title }, id, createdAt: now.getTime() };
}

export function questionsHash(questions: readonly Question[]): Promise<string> {
  return fingerprint(JSON.stringify(questions));
}

function parseAssignment(data: unknown): Assignment {
  const result = assignmentSchema.safeParse(data);
  if (!result.success) {
    throw new TransferFormatError(
      `This assignment link is not a valid Muster assignment:\n${describeIssues(result.error)}\nAsk your teacher for a new link.`,
    );
  }
  const ids = new Set(result.data.questions.map((q) => q.id));
  if (ids.size !== result.data.questions.length) {
    throw new TransferFormatError(
      'This assignment has two questions with the same id. Ask your teacher for a new link.',
    );
  }
  return result.data;
}

/**
 * Validates first, so the link never carries what we would refuse to open. `byReference`
 * (for a deck every copy of the app has) makes the short version-2 link.
 */
export async function encodeAssignment(
  assignment: Assignment,
  options?: { byReference: boolean },
): Promise<string> {
  const valid = parseAssignment(assignment);
  if (!options?.byReference) return encodeEnvelope(ASSIGNMENT_ENVELOPE, valid);
  const { questions, ...rest } = valid;
  return encodeEnvelope(REFERENCE_ENVELOPE, {
    ...rest,
    questionIds: questions.map((question) => question.id),
    questionsHash: await questionsHash(questions),
  });
}

/**
 * From a link, a code, or the text of an assignment file. A version-2 link names its
 * questions; `findQuestions` fetches them from this app's decks.
 */
export async function openAssignment(
  input: string,
  findQuestions?: QuestionFinder,
): Promise<OpenedAssignment> {
  const code = envelopeText(extractCode(input, ASSIGNMENT_ENVELOPE));
  const version = /^muster\.a(\d+)\./.exec(code)?.[1];
  if (version === '1' || version === undefined) {
    // Version 1, or no readable version: the version-1 decoder says what is wrong.
    const assignment = parseAssignment(await decodeEnvelope(ASSIGNMENT_ENVELOPE, code));
    return { assignment, questionsHash: await questionsHash(assignment.questions), code };
  }
  const data = await decodeEnvelope(REFERENCE_ENVELOPE, code);
  const parsed = referenceSchema.safeParse(data);
  if (!parsed.success) {
    throw new TransferFormatError(
      `This assignment link is not a valid Muster assignment:\n${describeIssues(parsed.error)}\nAsk your teacher for a new link.`,
    );
  }
  const { questionIds, questionsHash: expected, ...rest } = parsed.data;
  const found = findQuestions ? await findQuestions(rest.deck.id, questionIds) : undefined;
  const assignment = found && parseAssignment({ ...rest, questions: found });
  if (!assignment || (await questionsHash(assignment.questions)) !== expected) {
    throw new TransferFormatError(
      `This assignment uses questions of the deck “${rest.deck.title}” that this copy of Muster does not have, or has in another version. Reload the app to update it, then open the link again; if that does not help, ask your teacher for the assignment file.`,
    );
  }
  return { assignment, questionsHash: expected, code };
}

/**
 * Our files are JSON with the code in a `code` field (and readable fields beside it, which
 * are never trusted); links and pastes hold the code itself.
 */
export function extractCode(input: string, kind: EnvelopeKind): string {
  const trimmed = input.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (parsed && typeof parsed === 'object' && 'code' in parsed && typeof parsed.code === 'string') {
        return parsed.code;
      }
    } catch {
      // not JSON after all: let the decoder say what is wrong
    }
    throw new TransferFormatError(`This file holds no Muster ${kind.noun}. Choose a file that Muster made.`);
  }
  return trimmed;
}

/** The readable file a teacher mails or uploads; only `code` is read back. */
export function assignmentFile(opened: OpenedAssignment): string {
  const { assignment } = opened;
  return `${JSON.stringify(
    {
      code: opened.code,
      muster: 'assignment',
      title: assignment.title,
      className: assignment.className,
      teacher: assignment.teacher,
      dueAt: assignment.dueAt === null ? null : new Date(assignment.dueAt).toISOString(),
      questions: assignment.questions.length,
    },
    null,
    2,
  )}\n`;
}
