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

export const ASSIGNMENT_ENVELOPE: EnvelopeKind = {
  tag: 'a',
  version: 1,
  noun: 'assignment link',
  maxEncodedChars: 150_000,
  maxJsonBytes: 1_000_000,
};

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

/** Validates first, so the link never carries what we would refuse to open. */
export async function encodeAssignment(assignment: Assignment): Promise<string> {
  return encodeEnvelope(ASSIGNMENT_ENVELOPE, parseAssignment(assignment));
}

/** From a link, a code, or the text of an assignment file. */
export async function openAssignment(input: string): Promise<OpenedAssignment> {
  const code = envelopeText(extractCode(input, ASSIGNMENT_ENVELOPE));
  const assignment = parseAssignment(await decodeEnvelope(ASSIGNMENT_ENVELOPE, code));
  return { assignment, questionsHash: await questionsHash(assignment.questions), code };
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
