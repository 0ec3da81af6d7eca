import type { Question } from '../shared/deck';
import type { QuestionOutcome } from './grading';
import type { GivenAnswer } from './quiz-result';

/** What a learner chose to be asked before a practice quiz starts. */
export interface PracticeSetup {
  deckId: string;
  questions: Question[];
  timeLimitMinutes: number | null;
  /** The deck's article, for "Show in article" on the results. */
  article: string | undefined;
}

/** An answer as the study widget judged it (with the learner's "I was right" if they used it). */
export interface PracticeAnswer {
  given: GivenAnswer;
  correct: boolean;
}

/**
 * A practice quiz as a reducer: the screen renders it, the clock comes in with each action.
 * Answers are checked as in study, by the answer widgets, one question at a time.
 */
export interface PracticeState {
  questions: Question[];
  index: number;
  answers: Record<string, PracticeAnswer>;
  startedAt: number;
  /** Epoch ms when the time limit ends, or null. */
  endsAt: number | null;
  finishedAt: number | null;
}

export type PracticeAction =
  | { type: 'answer'; answer: PracticeAnswer }
  | { type: 'next'; now: number }
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
      return question ? { ...state, answers: { ...state.answers, [question.id]: action.answer } } : state;
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

export function summarisePractice(state: PracticeState): PracticeSummary {
  const outcomes = state.questions.map((q): QuestionOutcome => {
    const answer = state.answers[q.id];
    return answer === undefined ? 'unanswered' : answer.correct ? 'correct' : 'wrong';
  });
  return {
    outcomes,
    score: outcomes.filter((o) => o === 'correct').length,
    outOf: state.questions.length,
    durationMs: (state.finishedAt ?? state.startedAt) - state.startedAt,
    missedIds: state.questions.filter((_, i) => outcomes[i] !== 'correct').map((q) => q.id),
  };
}
