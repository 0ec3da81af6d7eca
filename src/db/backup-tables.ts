import { isoDate } from '../domain/backup/backup-file';
import { decksWonByBackup, mergeCards, mergeReviewLogs, unionBy } from '../domain/backup/merge';
import { assignmentSchema } from '../domain/quiz/assignment';
import { givenAnswerSchema, quizResultSchema } from '../domain/quiz/quiz-result';
import { deckSchema, questionSchema, TOPICS } from '../domain/shared/deck';
import { GRADES } from '../domain/shared/grades';
import { z } from '../domain/shared/validation';
import type { CardRecord } from '../domain/study/card';
import { studySettingsSchema } from '../domain/study/study-settings-check';
import type {
  AppDB,
  ArchivedCardRow,
  AssignmentAttemptRow,
  AssignmentRow,
  DeckRow,
  GradebookResultRow,
  MetaRow,
  MistakeRow,
  QuestionRow,
  QuizAttemptRow,
  ReviewLogRow,
  SettingsRow,
} from './app-db';

export interface MergeContext {
  /** Decks whose backup row is newer than the local one: their questions come from the backup. */
  decksFromBackup: Set<string>;
}

export interface BackupTable<Row> {
  name: keyof AppDB & string;
  schema: z.ZodMiniType<Row>;
  merge(local: Row[], incoming: Row[], context: MergeContext): Row[];
}

/** Ties a table's schema and merge rule to its row type, then forgets the type for the list. */
function table<Row>(entry: BackupTable<Row>): BackupTable<unknown> {
  return entry;
}

const count = z.number().check(z.int(), z.gte(0));
const finite = z.number().check(z.gte(-1e15), z.lte(1e15));
const state = z.number().check(z.int(), z.gte(0), z.lte(3));

const fsrsCardSchema = z.object({
  due: isoDate,
  stability: finite,
  difficulty: finite,
  elapsed_days: finite,
  scheduled_days: finite,
  learning_steps: count,
  reps: count,
  lapses: count,
  state,
  last_review: z.optional(isoDate),
});

const fsrsLogSchema = z.object({
  rating: z.number().check(z.int(), z.gte(0), z.lte(4)),
  state,
  due: isoDate,
  stability: finite,
  difficulty: finite,
  elapsed_days: finite,
  last_elapsed_days: finite,
  scheduled_days: finite,
  learning_steps: count,
  review: isoDate,
});

const key = z.string().check(z.minLength(1), z.maxLength(500));
const queue = z.enum(['new', 'learning', 'review', 'suspended']);

const deckRowSchema = z.object({
  id: deckSchema.shape.id,
  title: deckSchema.shape.title,
  source: deckSchema.shape.source,
  article: deckSchema.shape.article,
  contentHash: z.string().check(z.maxLength(100)),
  builtIn: z.boolean(),
  questionCount: count,
  updatedAt: finite,
});

const questionRowSchema = z.extend(questionSchema, { key, deckId: key, position: count });

const cardRowSchema = z.object({
  key,
  deckId: key,
  questionId: key,
  factId: key,
  topic: z.enum(TOPICS),
  queue,
  due: finite,
  fsrs: fsrsCardSchema,
  leech: z.boolean(),
});

const reviewLogRowSchema = z.object({
  id: z.optional(z.number().check(z.int(), z.gte(1))),
  cardKey: key,
  deckId: key,
  factId: key,
  grade: z.enum(GRADES),
  reviewedAt: finite,
  durationMs: finite,
  before: z.object({ queue, due: finite, leech: z.boolean() }),
  fsrs: fsrsLogSchema,
});

const settingsRowSchema = z.object({ scope: key, settings: studySettingsSchema });
const metaRowSchema = z.object({ key, value: z.unknown() });

// Quizzes and assignments (version 2 tables).
const answers = z.record(key, givenAnswerSchema);
const quizAttemptRowSchema = z.object({
  id: z.optional(z.number().check(z.int(), z.gte(1))),
  deckId: key,
  startedAt: finite,
  finishedAt: finite,
  timeLimitMinutes: z.nullable(count),
  questions: z
    .array(
      z.object({
        questionId: key,
        given: z.nullable(givenAnswerSchema),
        outcome: z.enum(['correct', 'wrong', 'unanswered']),
      }),
    )
    .check(z.maxLength(500)),
  score: count,
  outOf: count,
});
const assignmentRowSchema = z.object({
  id: key,
  assignment: assignmentSchema,
  questionsHash: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
  code: z.string().check(z.maxLength(150_000)),
  mine: z.boolean(),
  savedAt: finite,
});
const assignmentAttemptRowSchema = z.object({
  id: key,
  assignmentId: key,
  student: z.string().check(z.maxLength(100)),
  startedAt: finite,
  submittedAt: z.nullable(finite),
  questionOrder: z.array(key).check(z.maxLength(500)),
  optionOrder: z.record(key, z.array(z.string().check(z.maxLength(500))).check(z.maxLength(50))),
  answers,
  resultCode: z.nullable(z.string().check(z.maxLength(60_000))),
});
const gradebookResultRowSchema = z.object({
  attemptId: key,
  assignmentId: key,
  result: quizResultSchema,
  importedAt: finite,
});
const mistakeRowSchema = z.object({ cardKey: key, deckId: key, addedAt: finite });
const archivedCardRowSchema = z.object({
  key,
  deckId: key,
  question: questionRowSchema,
  card: cardRowSchema,
  archivedAt: finite,
});

/**
 * Every table a backup carries, with the zod schema its rows must pass before a restore
 * writes anything, and how "merge" combines local rows with the backup's. Adding a table to
 * the database means adding one entry here (backup.test.ts fails until it is added).
 */
export const BACKUP_TABLES: readonly BackupTable<unknown>[] = [
  table<DeckRow>({
    name: 'decks',
    schema: deckRowSchema,
    merge: (local, incoming, { decksFromBackup }) =>
      unionBy(
        local,
        incoming,
        (deck) => deck.id,
        (_mine, theirs) => decksFromBackup.has(theirs.id),
      ),
  }),
  table<QuestionRow>({
    name: 'questions',
    schema: questionRowSchema,
    merge: (local, incoming, { decksFromBackup }) =>
      unionBy(
        local,
        incoming,
        (question) => question.key,
        (_mine, theirs) => decksFromBackup.has(theirs.deckId),
      ),
  }),
  table<CardRecord>({
    name: 'cards',
    schema: cardRowSchema,
    merge: mergeCards,
  }),
  table<ReviewLogRow>({
    name: 'reviewLogs',
    schema: reviewLogRowSchema,
    merge: mergeReviewLogs,
  }),
  table<SettingsRow>({
    name: 'settings',
    schema: settingsRowSchema,
    // Settings in this browser are the learner's latest choice; the backup fills in the rest.
    merge: (local, incoming) => unionBy(local, incoming, (row) => row.scope),
  }),
  table<MetaRow>({
    name: 'meta',
    schema: metaRowSchema,
    merge: (local, incoming) => unionBy(local, incoming, (row) => row.key),
  }),
  table<QuizAttemptRow>({
    name: 'quizAttempts',
    schema: quizAttemptRowSchema,
    // Ids are per browser: a quiz is the same one when it started and ended at the same times.
    merge: (local, incoming) =>
      unionBy(
        local,
        incoming.map(({ id: _perBrowser, ...row }) => row),
        (row) => `${row.deckId}/${row.startedAt}/${row.finishedAt}`,
      ),
  }),
  table<AssignmentRow>({
    name: 'assignments',
    schema: assignmentRowSchema,
    merge: (local, incoming) => unionBy(local, incoming, (row) => row.id),
  }),
  table<AssignmentAttemptRow>({
    name: 'assignmentAttempts',
    schema: assignmentAttemptRowSchema,
    // A submitted attempt beats the same attempt still running elsewhere.
    merge: (local, incoming) =>
      unionBy(
        local,
        incoming,
        (row) => row.id,
        (mine, theirs) => mine.submittedAt === null && theirs.submittedAt !== null,
      ),
  }),
  table<GradebookResultRow>({
    name: 'gradebookResults',
    schema: gradebookResultRowSchema,
    merge: (local, incoming) => unionBy(local, incoming, (row) => row.attemptId),
  }),
  table<MistakeRow>({
    name: 'mistakes',
    schema: mistakeRowSchema,
    merge: (local, incoming) =>
      unionBy(
        local,
        incoming,
        (row) => row.cardKey,
        (mine, theirs) => theirs.addedAt > mine.addedAt,
      ),
  }),
  table<ArchivedCardRow>({
    name: 'archivedCards',
    schema: archivedCardRowSchema,
    // The later archiving holds the later state of the card.
    merge: (local, incoming) =>
      unionBy(
        local,
        incoming,
        (row) => row.key,
        (mine, theirs) => theirs.archivedAt > mine.archivedAt,
      ),
  }),
];

export function mergeContext(
  localDecks: { id: string; updatedAt: number }[],
  incomingDecks: typeof localDecks,
) {
  return { decksFromBackup: decksWonByBackup(localDecks, incomingDecks) };
}
