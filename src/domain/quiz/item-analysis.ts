import type { Question } from '../shared/deck';
import type { GradedResult } from './grading';
import type { GivenAnswer } from './quiz-result';

export interface ItemStats {
  questionId: string;
  answered: number;
  correct: number;
  /** correct / students, 0–1; null with no students. */
  pCorrect: number | null;
  /**
   * Share correct in the upper group minus share correct in the lower group, −1…1 (the
   * classic 27 % groups by total score). Null with fewer than two students.
   */
  discrimination: number | null;
  /** The wrong answer given most often, and by how many; null when nobody was wrong. */
  commonWrong: { answer: string; count: number } | null;
}

/** Kelley's 27 %: the share of the class in each of the upper and lower groups. */
const GROUP_SHARE = 0.27;

export function groupSize(students: number): number {
  return students < 2 ? 0 : Math.max(1, Math.round(students * GROUP_SHARE));
}

function shown(given: GivenAnswer): string {
  return Array.isArray(given) ? given.join(' → ') : given.trim();
}

function mostCommonWrong(
  question: Question,
  rows: readonly GradedResult[],
  index: number,
): ItemStats['commonWrong'] {
  const counts = new Map<string, { answer: string; count: number }>();
  for (const row of rows) {
    const given = row.result.answers[question.id];
    if (row.outcomes[index] !== 'wrong' || given === undefined) continue;
    const text = shown(given);
    const key = text.toLocaleLowerCase('en');
    const entry = counts.get(key) ?? { answer: text, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  let best: ItemStats['commonWrong'] = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best;
}

/**
 * Per question: how many got it right, how well it separates strong from weak students,
 * and the wrong answer to talk about in class. `rows` is one graded attempt per student.
 */
export function itemAnalysis(questions: readonly Question[], rows: readonly GradedResult[]): ItemStats[] {
  const ranked = [...rows].sort(
    (a, b) => b.score - a.score || a.result.student.localeCompare(b.result.student),
  );
  const size = groupSize(ranked.length);
  const upper = ranked.slice(0, size);
  const lower = ranked.slice(ranked.length - size);
  const share = (group: readonly GradedResult[], index: number) =>
    group.filter((row) => row.outcomes[index] === 'correct').length / group.length;
  return questions.map((question, index) => {
    const correct = rows.filter((row) => row.outcomes[index] === 'correct').length;
    return {
      questionId: question.id,
      answered: rows.filter((row) => row.outcomes[index] !== 'unanswered').length,
      correct,
      pCorrect: rows.length === 0 ? null : correct / rows.length,
      discrimination: size === 0 ? null : share(upper, index) - share(lower, index),
      commonWrong: mostCommonWrong(question, rows, index),
    };
  });
}
