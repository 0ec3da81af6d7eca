import { stableShuffle } from '../shared/answer-score';
import { QUESTION_TYPES, type Question, type QuestionType, type Topic } from '../shared/deck';
import type { Assignment } from './assignment';

export interface AttemptPlan {
  questionOrder: string[];
  optionOrder: Record<string, string[]>;
}

/** The order one student sees, fixed by the attempt id so a reload shows the same quiz. */
export function attemptPlan(assignment: Assignment, attemptId: string): AttemptPlan {
  const ids = assignment.questions.map((q) => q.id);
  const optionOrder: Record<string, string[]> = {};
  for (const question of assignment.questions) {
    // True/false stays True, False: shuffling two fixed words only confuses.
    if (!question.options) continue;
    const shuffle = assignment.shuffleOptions && question.type !== 'true-false';
    optionOrder[question.id] = shuffle
      ? stableShuffle(question.options, `${attemptId}/${question.id}`)
      : question.options;
  }
  return { questionOrder: assignment.shuffleQuestions ? stableShuffle(ids, attemptId) : ids, optionOrder };
}

/** Milliseconds left, or null without a time limit; never below zero. */
export function timeLeftMs(timeLimitMinutes: number | null, startedAt: number, now: number): number | null {
  if (timeLimitMinutes === null) return null;
  return Math.max(0, startedAt + timeLimitMinutes * 60_000 - now);
}

export interface QuestionFilter {
  topics: readonly Topic[];
  types: readonly QuestionType[];
  count: number;
}

/**
 * Questions of the chosen topics and types, `count` of them in an order fixed by `seed`, at
 * most one per fact and one per source sentence: two questions cut from one sentence would
 * each show the other's answer.
 */
export function pickQuestions(
  questions: readonly Question[],
  filter: QuestionFilter,
  seed: string,
): Question[] {
  const seen = new Set<string>();
  const sentences = new Set<string>();
  const picked: Question[] = [];
  for (const question of stableShuffle(questions, seed)) {
    if (picked.length >= filter.count) break;
    if (!filter.topics.includes(question.topic) || !filter.types.includes(question.type)) continue;
    if (seen.has(question.factId) || sentences.has(question.source.quote)) continue;
    seen.add(question.factId);
    sentences.add(question.source.quote);
    picked.push(question);
  }
  return picked;
}

/** Question types a quiz can grade by itself (a flashcard is graded by the learner). */
export const QUIZ_TYPES: readonly QuestionType[] = QUESTION_TYPES.filter((type) => type !== 'flashcard');
