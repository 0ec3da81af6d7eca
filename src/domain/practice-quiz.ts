import type { Question } from './deck';
import { type AnswerCheck, checkAnswer, gradeAnswers, type QuestionOutcome } from './grading';
import type { GivenAnswer } from './quiz-result';

/** A practice quiz as a reducer: the screen renders it, the clock comes in with each action. */
export interface PracticeState {
  questions: Question[];
  index: number;
  answers: Record<string, GivenAnswer>;
  startedAt: number;
  /** Epoch ms when the time limit ends, or null. */
  endsAt: number | null;
  finishedAt: number | null;
}

export type PracticeAction =
  | { type: 'answer'; given: GivenAnswer }
  | { type: 'next'; now: number }
  | { type: 'previous' }
  | { type: 'finish'; now: number };

export function startPractice(
  questions: Question[],
  now: number,
  timeLimitMinutes: number | null,
): PracticeState {
  return {
    questions,
    index: 0,
    answers: {},
    startedAt: now,
    endsAt: timeLimitMinutes === null ? null : now + timeLimitMinutes * 60_000,
    finishedAt: null,
  };
}

export function practiceReducer(state: PracticeState, action: PracticeAction): PracticeState {
  if (state.finishedAt !== null) return state;
  const question = state.questions[state.index];
  switch (action.type) {
    case 'answer':
      return question ? { ...state, answers: { ...state.answers, [question.id]: action.given } } : state;
    case 'previous':
      return { ...state, index: Math.max(0, state.index - 1) };
    case 'next':
      if (state.index >= state.questions.length - 1) return { ...state, finishedAt: action.now };
      return { ...state, index: state.index + 1 };
    case 'finish':
      return {
        ...state,
        finishedAt: state.endsAt === null ? action.now : Math.min(action.now, state.endsAt),
      };
  }
}

export interface PracticeSummary {
  outcomes: QuestionOutcome[];
  score: number;
  outOf: number;
  durationMs: number;
  /** Questions answered wrong or left blank: what "Add my mistakes to study" adds. */
  missedIds: string[];
}

export function summarisePractice(state: PracticeState, check: AnswerCheck = checkAnswer): PracticeSummary {
  const { outcomes, score } = gradeAnswers(state.questions, state.answers, check);
  return {
    outcomes,
    score,
    outOf: state.questions.length,
    durationMs: (state.finishedAt ?? state.startedAt) - state.startedAt,
    missedIds: state.questions.filter((_, i) => outcomes[i] !== 'correct').map((q) => q.id),
  };
}
