import { matchAnswer } from '../shared/answer-match';
import { matchingPairs, scoreMatching, scoreOrdering } from '../shared/answer-score';
import type { Question } from '../shared/deck';
import type { Assignment } from './assignment';
import type { GivenAnswer, QuizResult } from './quiz-result';

/** Decides whether a given answer is right: the same checking as study (answer-match). */
export type AnswerCheck = (question: Question, given: GivenAnswer) => boolean;

/**
 * The quiz's answer check: a chosen option must be the answer; typed text goes through
 * the study feature's fair matching (aliases, typos, diacritics, numbers); a list
 * (ordering, matching) must be right item by item.
 */
export const checkAnswer: AnswerCheck = (question, given) => {
  if (question.type === 'ordering' || question.type === 'matching') {
    if (!Array.isArray(given) || !Array.isArray(question.answer)) return false;
    if (question.type === 'ordering') return scoreOrdering(question.answer, given).correct;
    // Matching: given[i] is the partner chosen for the i-th pair's left item.
    const pairs = matchingPairs(question);
    const chosen = new Map(pairs.map((pair, i) => [pair.left, given[i] ?? '']));
    return scoreMatching(pairs, chosen).correct;
  }
  if (Array.isArray(given) || Array.isArray(question.answer)) return false;
  if (question.type === 'multiple-choice' || question.type === 'true-false') return given === question.answer;
  return matchAnswer(given, question.answer, question.accepted).correct;
};

export type QuestionOutcome = 'correct' | 'wrong' | 'unanswered';

export interface GradedResult {
  result: QuizResult;
  /** One per assignment question, in the assignment's order. */
  outcomes: QuestionOutcome[];
  score: number;
  outOf: number;
  /** 1 for a student's first submission, 2 for the second, … (by submission time). */
  attempt: number;
  late: boolean;
  durationMs: number;
}

function isBlank(given: GivenAnswer | undefined): boolean {
  return given === undefined || (Array.isArray(given) ? given.length === 0 : given.trim() === '');
}

/** Grades answers from the questions alone; a score the result carries is never read. */
export function gradeAnswers(
  questions: readonly Question[],
  answers: Readonly<Record<string, GivenAnswer>>,
  check: AnswerCheck = checkAnswer,
): { outcomes: QuestionOutcome[]; score: number } {
  const outcomes = questions.map((question): QuestionOutcome => {
    const given = answers[question.id];
    if (given === undefined || isBlank(given)) return 'unanswered';
    return check(question, given) ? 'correct' : 'wrong';
  });
  return { outcomes, score: outcomes.filter((o) => o === 'correct').length };
}

/** Names match across attempts however the student typed them ("  ana  López" = "Ana López"). */
export function studentKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/** Every imported result re-graded, numbered as attempts per student, oldest first. */
export function gradebook(
  assignment: Assignment,
  results: readonly QuizResult[],
  check: AnswerCheck = checkAnswer,
): GradedResult[] {
  const sorted = [...results].sort(
    (a, b) => a.submittedAt - b.submittedAt || a.attemptId.localeCompare(b.attemptId),
  );
  const attempts = new Map<string, number>();
  return sorted.map((result) => {
    const key = studentKey(result.student);
    const attempt = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, attempt);
    const { outcomes, score } = gradeAnswers(assignment.questions, result.answers, check);
    return {
      result,
      outcomes,
      score,
      outOf: assignment.questions.length,
      attempt,
      late: assignment.dueAt !== null && result.submittedAt > assignment.dueAt,
      durationMs: result.submittedAt - result.startedAt,
    };
  });
}

/** Each student's most recent attempt: what item analysis counts (one vote per student). */
export function latestAttempts(graded: readonly GradedResult[]): GradedResult[] {
  const latest = new Map<string, GradedResult>();
  for (const row of graded) latest.set(studentKey(row.result.student), row);
  return [...latest.values()];
}
