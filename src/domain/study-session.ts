import type { CardRecord } from './card';
import type { Grade } from './grades';
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
  /** When the current card was shown, for the review's duration. */
  shownAt: number;
  startedAt: number;
  answered: number;
  /** Answers graded Hard, Good or Easy (Again counts as not recalled). */
  recalled: number;
}

export type StudySessionAction =
  | { type: 'reveal' }
  | { type: 'answer'; graded: CardRecord; grade: Grade; now: number }
  /** Time passed: a learning card may have come due. */
  | { type: 'tick'; now: number };

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
  };
}

export function studySession(state: StudySessionState, action: StudySessionAction): StudySessionState {
  switch (action.type) {
    case 'reveal':
      return 'card' in state.step ? { ...state, revealed: true } : state;
    case 'answer': {
      const queue = afterAnswer(state.queue, action.graded, state.dayEnd);
      return {
        ...state,
        queue,
        step: nextCard(queue, action.now),
        revealed: false,
        shownAt: action.now,
        answered: state.answered + 1,
        recalled: state.recalled + (action.grade === 'again' ? 0 : 1),
      };
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
