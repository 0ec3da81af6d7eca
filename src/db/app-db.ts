import { Dexie, type EntityTable } from 'dexie';
import type { Assignment } from '../domain/quiz/assignment';
import type { QuestionOutcome } from '../domain/quiz/grading';
import type { GivenAnswer, QuizResult } from '../domain/quiz/quiz-result';
import type { Deck, Question } from '../domain/shared/deck';
import type { CardRecord } from '../domain/study/card';
import type { FsrsReviewLog, Grade } from '../domain/study/scheduler';
import type { StudySettings } from '../domain/study/study-settings';
import { cardIndexMiddleware } from './card-index';

export interface DeckRow {
  id: string;
  title: string;
  source: Deck['source'];
  /** The article the deck was derived from, for "Show in article". */
  article?: string;
  /** Fingerprint of the deck JSON last loaded: loading the same deck again is a no-op. */
  contentHash: string;
  /** Shipped with the app (decks/), as opposed to made or imported by the user. */
  builtIn: boolean;
  questionCount: number;
  updatedAt: number;
}

export interface QuestionRow extends Question {
  /** `${deckId}/${id}`, the same key as the question's card. */
  key: string;
  deckId: string;
  /** Order within the deck. */
  position: number;
}

export interface ReviewLogRow {
  id?: number;
  cardKey: string;
  deckId: string;
  factId: string;
  grade: Grade;
  /** Epoch ms. */
  reviewedAt: number;
  /** Time from showing the card to answering it. */
  durationMs: number;
  /** What the card was before this review, for undo ("new" queue marks a card's first review). */
  before: Pick<CardRecord, 'queue' | 'due' | 'leech'>;
  /** ts-fsrs's log, untouched. */
  fsrs: FsrsReviewLog;
}

export interface SettingsRow {
  /** "global", or a deck id for that deck's own settings. */
  scope: string;
  settings: StudySettings;
}

/** App-wide facts that are not settings (when the last backup was made, and the like). */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** A finished practice quiz, kept for the history of scores over time. */
export interface QuizAttemptRow {
  id?: number;
  deckId: string;
  startedAt: number;
  finishedAt: number;
  timeLimitMinutes: number | null;
  questions: { questionId: string; given: GivenAnswer | null; outcome: QuestionOutcome }[];
  score: number;
  outOf: number;
}

/** An assignment this browser made (a teacher's) or opened from a link or file (a student's). */
export interface AssignmentRow {
  id: string;
  assignment: Assignment;
  questionsHash: string;
  /** The envelope code, to share again without re-encoding. */
  code: string;
  /** Made here: it has a gradebook. */
  mine: boolean;
  savedAt: number;
}

/** A student's attempt at an assignment: saved answer by answer, so a reload resumes it. */
export interface AssignmentAttemptRow {
  /** Random, travels in the result as attemptId. */
  id: string;
  assignmentId: string;
  student: string;
  startedAt: number;
  submittedAt: number | null;
  /** Questions in the order this student sees them, and each choice question's options. */
  questionOrder: string[];
  optionOrder: Record<string, string[]>;
  answers: Record<string, GivenAnswer>;
  /** Set on submit: the code the student hands in. */
  resultCode: string | null;
}

/** A result imported into a teacher's gradebook; the key makes importing it twice a no-op. */
export interface GradebookResultRow {
  attemptId: string;
  assignmentId: string;
  result: QuizResult;
  importedAt: number;
}

/** A question missed in a quiz that the learner asked to study first ("Add my mistakes to study"). */
export interface MistakeRow {
  /** The card key, `${deckId}/${questionId}`. */
  cardKey: string;
  deckId: string;
  /** A review of the card after this moment clears the mistake. */
  addedAt: number;
}

/**
 * A studied card whose question a deck update no longer has, kept with its question so that
 * nothing the learner did is lost (its review logs stay in reviewLogs). A later version
 * that asks the question again takes the card back; so does Restore on the deck page.
 */
export interface ArchivedCardRow {
  /** The card key, `${deckId}/${questionId}`. */
  key: string;
  deckId: string;
  question: QuestionRow;
  card: CardRecord;
  archivedAt: number;
}

/** The one Dexie database. Versions 1–4 are shipped: change the schema only with a new version. */
export class AppDB extends Dexie {
  decks!: EntityTable<DeckRow, 'id'>;
  questions!: EntityTable<QuestionRow, 'key'>;
  cards!: EntityTable<CardRecord, 'key'>;
  reviewLogs!: EntityTable<ReviewLogRow, 'id'>;
  settings!: EntityTable<SettingsRow, 'scope'>;
  meta!: EntityTable<MetaRow, 'key'>;
  quizAttempts!: EntityTable<QuizAttemptRow, 'id'>;
  assignments!: EntityTable<AssignmentRow, 'id'>;
  assignmentAttempts!: EntityTable<AssignmentAttemptRow, 'id'>;
  gradebookResults!: EntityTable<GradebookResultRow, 'attemptId'>;
  mistakes!: EntityTable<MistakeRow, 'cardKey'>;
  archivedCards!: EntityTable<ArchivedCardRow, 'key'>;

  constructor(name = 'muster') {
    super(name);
    this.version(1).stores({
      decks: 'id',
      questions: 'key, deckId, [deckId+position]',
      // [deckId+queue+due] makes "due cards of deck D before T" one range query.
      cards: 'key, deckId, [deckId+queue+due], [queue+due]',
      reviewLogs: '++id, cardKey, reviewedAt, [deckId+reviewedAt]',
      settings: 'scope',
      meta: 'key',
    });
    // Version 2 (quizzes and assignments) only adds tables: no existing row changes, so
    // it needs no upgrade function. Dexie carries the version 1 tables over as they are.
    this.version(2).stores({
      quizAttempts: '++id, deckId, finishedAt',
      assignments: 'id, savedAt',
      assignmentAttempts: 'id, assignmentId',
      gradebookResults: 'attemptId, assignmentId',
      mistakes: 'cardKey, deckId',
    });
    // Version 3 indexes what the statistics page counts, so it never reads every card:
    // topic for mastery, FSRS stability, difficulty and interval for the memory charts and
    // the daily load, and each card's recall thresholds (derived, see card-index.ts).
    this.version(3)
      .stores({
        cards:
          'key, deckId, [deckId+queue+due], [queue+due], [deckId+topic+queue+due], [deckId+fsrs.stability], ' +
          '[deckId+fsrs.difficulty], [deckId+queue+fsrs.scheduled_days], *recallThresholds',
      })
      // Writing each card back is enough: the middleware below derives its keys on the way.
      .upgrade((tx) =>
        tx
          .table<CardRecord>('cards')
          .toCollection()
          .modify(() => {}),
      );
    // Version 4 adds the archive of studied cards a deck update dropped; no row changes.
    this.version(4).stores({ archivedCards: 'key, deckId' });
    this.use(cardIndexMiddleware);
  }
}

export const db = new AppDB();
