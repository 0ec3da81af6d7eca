import type { Question } from './deck';
import type { Grade } from './grades';

/**
 * What an answer widget reports once the learner has answered: how right it was and the
 * grade to suggest. The learner can still pick another grade.
 */
export interface AnswerOutcome {
  /** 0–1: 1 is fully right; ordering and matching give partial credit. */
  score: number;
  correct: boolean;
  suggested: Grade;
  /** One line for the screen, e.g. "3 of 5 in the right place". */
  summary: string;
  /**
   * What the learner answered: the option, the text, the order, or for matching the chosen
   * partner of each pair in order. Quizzes keep it, show it and re-grade from it.
   */
  given?: string | string[];
}

/** Right → Good, half or more right → Hard, less → Again (as the issue asks). */
export function suggestedGrade(score: number): Grade {
  if (score >= 1) return 'good';
  if (score >= 0.5) return 'hard';
  return 'again';
}

export function outcomeOf(score: number, summary: string): AnswerOutcome {
  return { score, correct: score >= 1, suggested: suggestedGrade(score), summary };
}

/** Ordering: the share of items in their right place. */
export function scoreOrdering(answer: readonly string[], arranged: readonly string[]): AnswerOutcome {
  const right = answer.filter((item, i) => arranged[i] === item).length;
  return outcomeOf(
    answer.length === 0 ? 0 : right / answer.length,
    `${right} of ${answer.length} in the right place`,
  );
}

export interface MatchingPair {
  left: string;
  right: string;
}

/** How a pair is written in an answer item: "Emesa → Homs" or "Emesa: Homs" (what the deriver writes). */
const PAIR_SEPARATORS = [' → ', ': '];

/**
 * The pairs of a matching question. Either every answer item is "left → right" or
 * "left: right" (several lefts may share a right), or the options are the left items and
 * answer[i] is the right item of options[i].
 */
export function matchingPairs(question: Pick<Question, 'answer' | 'options'>): MatchingPair[] {
  const items = Array.isArray(question.answer) ? question.answer : [question.answer];
  const separator = PAIR_SEPARATORS.find((sep) => items.every((item) => item.includes(sep)));
  if (separator) {
    return items.map((item) => {
      const at = item.indexOf(separator);
      return { left: item.slice(0, at), right: item.slice(at + separator.length) };
    });
  }
  const lefts = question.options ?? [];
  return items.flatMap((right, i) => (lefts[i] === undefined ? [] : [{ left: lefts[i], right }]));
}

/** The partners a learner chooses from: each right item once, in a fixed shuffled order. */
export function matchingChoices(pairs: readonly MatchingPair[], seed: string): string[] {
  return stableShuffle([...new Set(pairs.map((pair) => pair.right))], seed);
}

/** Matching: the share of left items paired with their right item. */
export function scoreMatching(
  pairs: readonly MatchingPair[],
  chosen: ReadonlyMap<string, string>,
): AnswerOutcome {
  const right = pairs.filter((pair) => chosen.get(pair.left) === pair.right).length;
  return outcomeOf(pairs.length === 0 ? 0 : right / pairs.length, `${right} of ${pairs.length} pairs right`);
}

/**
 * A fixed shuffle (seeded by the question id) so the same question shows the same start
 * order after a reload; never the solved order when another exists.
 */
export function stableShuffle<T>(items: readonly T[], seed: string): T[] {
  let state = 2166136261;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 16777619) >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const shuffled = [...items];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as T, shuffled[i] as T];
  }
  if (shuffled.length > 1 && shuffled.every((item, i) => item === items[i])) {
    shuffled.push(shuffled.shift() as T);
  }
  return shuffled;
}

/** "Show in article": where the quote sits in the article, or null if it cannot be found. */
export function locateQuote(article: string, quote: string): { start: number; end: number } | null {
  const exact = article.indexOf(quote);
  if (exact >= 0) return { start: exact, end: exact + quote.length };
  // Tolerate differences in white space (line breaks in the article, double spaces in the quote).
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  const found = pattern.exec(article);
  return found ? { start: found.index, end: found.index + found[0].length } : null;
}
