import type { Assignment } from './assignment';
import type { Question, QuestionType, Topic } from './deck';

/** A small seeded generator (mulberry32): the same seed gives the same order on every reload. */
export function seededRandom(seed: string): () => number {
  let state = 0;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 0x9e3779b1);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with the given random source; the input is left as it is. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface AttemptPlan {
  questionOrder: string[];
  optionOrder: Record<string, string[]>;
}

/** The order one student sees, fixed by the attempt id so a reload shows the same quiz. */
export function attemptPlan(assignment: Assignment, attemptId: string): AttemptPlan {
  const random = seededRandom(attemptId);
  const ids = assignment.questions.map((q) => q.id);
  const optionOrder: Record<string, string[]> = {};
  for (const question of assignment.questions) {
    // True/false stays True, False: shuffling two fixed words only confuses.
    if (!question.options) continue;
    const shuffle = assignment.shuffleOptions && question.type !== 'true-false';
    optionOrder[question.id] = shuffle ? shuffled(question.options, random) : question.options;
  }
  return { questionOrder: assignment.shuffleQuestions ? shuffled(ids, random) : ids, optionOrder };
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

/** Questions of the chosen topics and types, at most one per fact, `count` of them at random. */
export function pickQuestions(
  questions: readonly Question[],
  filter: QuestionFilter,
  random: () => number,
): Question[] {
  const seen = new Set<string>();
  const picked: Question[] = [];
  for (const question of shuffled(questions, random)) {
    if (picked.length >= filter.count) break;
    if (!filter.topics.includes(question.topic) || !filter.types.includes(question.type)) continue;
    if (seen.has(question.factId)) continue;
    seen.add(question.factId);
    picked.push(question);
  }
  return picked;
}

/** Question types a quiz can grade by itself (a flashcard is graded by the learner). */
export const QUIZ_TYPES: readonly QuestionType[] = [
  'multiple-choice',
  'true-false',
  'typed',
  'cloze',
  'ordering',
  'matching',
];
