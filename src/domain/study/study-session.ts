import type { AnswerOutcome } from '../shared/answer-score';
import type { Grade } from '../shared/grades';
import type { CardRecord } from './card';
import { afterAnswer, type NextStep, nextCard, type StudyQueue } from './queue';

/**
 * A study session as a pure reducer: which card is shown, whether its answer is revealed,
 * and what was done so far. The hook around it does the writing; this only decides.
 */
export interface StudySessionState {
  queue: StudyQueue;
  dayEnd: number;
  step: NextStep;
  revealed: boolean;
  /** For auto-checked types: how the learner's answer scored, and the grade to suggest. */
  outcome?: AnswerOutcome;
  /** When the current card was shown, for the review's duration. */
  shownAt: number;
  startedAt: number;
  answered: number;
  /** Answers graded Hard, Good or Easy (Again counts as not recalled). */
  recalled: number;
  /** Time spent on answered cards (ms), for the session summary. */
  studiedMs: number;
  /** The states before each answer, newest last: undo steps back through them. */
  history: StudySnapshot[];
}

export type StudySnapshot = Omit<StudySessionState, 'history'>;

/** Undo reaches back this many answers in one session. */
const UNDO_DEPTH = 100;

export type StudySessionAction =
  | { type: 'reveal'; outcome?: AnswerOutcome }
  | { type: 'answer'; graded: CardRecord; grade: Grade; now: number }
  /** Step back to the card before the last answer (the database rolls back beside it). */
  | { type: 'undo'; now: number }
  /** The cards changed elsewhere (another tab): take the new queue, keep this session's tally. */
  | { type: 'requeue'; queue: StudyQueue; now: number }
  /** Time passed: a learning card may have come due. */
  | { type: 'tick'; now: number }
  /** The learner asked to study the waiting learning cards now, up to LEARN_AHEAD_MS early. */
  | { type: 'learn-ahead'; now: number };

export function startSession(queue: StudyQueue, dayEnd: number, now: number): StudySessionState {
  return {
    queue,
    dayEnd,
    step: nextCard(queue, now),
    revealed: false,
    shownAt: now,
    startedAt: now,
    answered: 0,
    recalled: 0,
    studiedMs: 0,
    history: [],
  };
}

function snapshot({ history: _history, ...rest }: StudySessionState): StudySnapshot {
  return rest;
}

export function studySession(state: StudySessionState, action: StudySessionAction): StudySessionState {
  switch (action.type) {
    case 'reveal':
      return 'card' in state.step
        ? { ...state, revealed: true, outcome: action.outcome ?? state.outcome }
        : state;
    case 'answer': {
      const queue = afterAnswer(state.queue, action.graded, state.dayEnd);
      return {
        ...state,
        queue,
        step: nextCard(queue, action.now),
        revealed: false,
        outcome: undefined,
        shownAt: action.now,
        answered: state.answered + 1,
        recalled: state.recalled + (action.grade === 'again' ? 0 : 1),
        studiedMs: state.studiedMs + Math.max(0, action.now - state.shownAt),
        history: [...state.history, snapshot(state)].slice(-UNDO_DEPTH),
      };
    }
    case 'undo': {
      const previous = state.history.at(-1);
      if (!previous) return state;
      // The card comes back unanswered, as it was shown before.
      return {
        ...previous,
        revealed: false,
        outcome: undefined,
        shownAt: action.now,
        history: state.history.slice(0, -1),
      };
    }
    case 'requeue': {
      // The new queue keeps this session's place: what was answered last, and learning ahead.
      const queue = { ...action.queue, lastFact: state.queue.lastFact, learnAhead: state.queue.learnAhead };
      const step = nextCard(queue, action.now);
      const shown = currentCard(state);
      // The card on screen is unchanged: keep it as it is (revealed, answered) instead of restarting it.
      const same =
        'card' in step && shown && step.card.key === shown.key && step.card.fsrs.reps === shown.fsrs.reps;
      return same
        ? { ...state, queue }
        : { ...state, queue, step, revealed: false, outcome: undefined, shownAt: action.now };
    }
    case 'learn-ahead': {
      if (!('waitUntil' in state.step)) return state;
      const queue = { ...state.queue, learnAhead: true };
      return { ...state, queue, step: nextCard(queue, action.now), shownAt: action.now };
    }
    case 'tick': {
      if (!('waitUntil' in state.step) || action.now < state.step.waitUntil) return state;
      return { ...state, step: nextCard(state.queue, action.now), shownAt: action.now };
    }
  }
}

export function currentCard(state: StudySessionState): CardRecord | undefined {
  return 'card' in state.step ? state.step.card : undefined;
}

export interface SessionSummary {
  studied: number;
  /** Whole percent of answers not graded Again; null before any answer. */
  correctPercent: number | null;
  timeMs: number;
}

export function sessionSummary(state: StudySessionState): SessionSummary {
  return {
    studied: state.answered,
    correctPercent: state.answered === 0 ? null : Math.round((100 * state.recalled) / state.answered),
    timeMs: state.studiedMs,
  };
}
