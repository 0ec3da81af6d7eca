import {
  type AbstractScheduler,
  createEmptyCard,
  type Card as FsrsCard,
  type Grade as FsrsGrade,
  type ReviewLog as FsrsReviewLog,
  fsrs,
  Rating,
  State,
  type StepUnit,
  StrategyMode,
} from 'ts-fsrs';
import { GRADES, type Grade } from '../shared/grades';
import { DEFAULT_SCHEDULER_SETTINGS, type SchedulerSettings, STEP_PATTERN } from './study-settings';

/**
 * Our one door to ts-fsrs (FSRS-6). Everything else speaks this small camelCase API; the
 * library's own card and log objects are stored untouched so that a later ts-fsrs can
 * read them back.
 */
export type { FsrsCard, FsrsReviewLog, Grade, SchedulerSettings };

const RATING: Record<Grade, FsrsGrade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

export type CardPhase = 'new' | 'learning' | 'review' | 'relearning';
const PHASE: Record<State, CardPhase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

export interface GradeResult {
  card: FsrsCard;
  log: FsrsReviewLog;
}

export interface Scheduler {
  /**
   * The outcome of each grade, for showing "Good · 4d" on the buttons. Give the card's key
   * (`cardId`) here and to `grade`, and the grade gives the interval the button showed.
   */
  preview(card: FsrsCard, now: Date, cardId?: string): Record<Grade, GradeResult>;
  grade(card: FsrsCard, grade: Grade, now: Date, cardId?: string): GradeResult;
  /**
   * A card's state after a past history of answers (another app's), from a new card:
   * each answer's result in order, through ts-fsrs's reschedule.
   */
  replay(answers: { grade: Grade; at: Date }[]): GradeResult[];
  /** The card as it was before `log` was applied (undo). */
  rollback(card: FsrsCard, log: FsrsReviewLog): FsrsCard;
  /** Probability of recall now, 0–1 (0 for a card never reviewed). */
  retrievability(card: FsrsCard, now: Date): number;
  /** FSRS's forgetting curve: probability of recall `elapsedDays` after a review that left `stability`. */
  recallAfter(stability: number, elapsedDays: number): number;
}

function toSteps(steps: string[]): StepUnit[] {
  return steps.filter((step) => STEP_PATTERN.test(step)) as StepUnit[];
}

/** Where the card's key rides along into ts-fsrs, for the fuzz seed; taken off the results. */
const SEED_ID = 'musterCardId';
type SeededCard = FsrsCard & { [SEED_ID]?: string };

const seeded = (card: FsrsCard, cardId: string): SeededCard => ({ ...card, [SEED_ID]: cardId });

function unseeded({ card, log }: GradeResult): GradeResult {
  const { [SEED_ID]: _id, ...plain } = card as SeededCard;
  return { card: plain, log };
}

/**
 * FSRS fuzzes intervals from a seed; ts-fsrs's default seed includes the instant of the
 * answer, so the interval shown on a button at reveal and the one given at the grade a few
 * seconds later could differ by a day. This seed is the card's key and its state before
 * the answer, as Anki seeds from card id and reps: the same answer to the same card state
 * gets the same interval, and different cards still spread.
 */
function stableSeed(this: AbstractScheduler): string {
  const before = this.last as SeededCard;
  const reviewed = before.last_review ? new Date(before.last_review).getTime() : '';
  return `${before[SEED_ID] ?? ''}_${before.reps}_${before.difficulty * before.stability}_${reviewed}`;
}

export function createScheduler(settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS): Scheduler {
  const engine = fsrs({
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maximumInterval,
    enable_fuzz: settings.enableFuzz,
    enable_short_term: true,
    learning_steps: toSteps(settings.learningSteps),
    relearning_steps: toSteps(settings.relearningSteps),
  }).useStrategy(StrategyMode.SEED, stableSeed);
  return {
    preview(card, now, cardId = '') {
      const outcomes = engine.repeat(seeded(card, cardId), now);
      return {
        again: unseeded(outcomes[Rating.Again]),
        hard: unseeded(outcomes[Rating.Hard]),
        good: unseeded(outcomes[Rating.Good]),
        easy: unseeded(outcomes[Rating.Easy]),
      };
    },
    grade: (card, grade, now, cardId = '') => unseeded(engine.next(seeded(card, cardId), now, RATING[grade])),
    replay(answers) {
      const first = answers[0]?.at ?? new Date(0);
      const history = answers.map(({ grade, at }) => ({ rating: RATING[grade], review: at }));
      return engine
        .reschedule(createEmptyCard(first), history, { skipManual: true })
        .collections.map(({ card, log }) => ({ card, log }));
    },
    rollback: (card, log) => engine.rollback(card, log),
    retrievability: (card, now) =>
      card.state === State.New ? 0 : engine.get_retrievability(card, now, false),
    recallAfter: (stability, elapsedDays) => engine.forgetting_curve(elapsedDays, stability),
  };
}

export function newFsrsCard(now: Date): FsrsCard {
  return createEmptyCard(now);
}

export function phaseOf(card: Pick<FsrsCard, 'state'>): CardPhase {
  return PHASE[card.state];
}

export function gradeOf(log: FsrsReviewLog): Grade {
  const grade = GRADES[log.rating - 1];
  if (!grade) throw new Error(`A review log with rating ${log.rating} is not a graded review.`);
  return grade;
}
