import { toCsv } from '../shared/csv';
import type { Assignment } from './assignment';
import type { GradedResult } from './grading';
import type { ItemStats } from './item-analysis';

const percent = (value: number | null) => (value === null ? null : Math.round(value * 100));

/** The gradebook as a spreadsheet: one row per attempt, 1/0 per question (blank = unanswered). */
export function gradebookCsv(assignment: Assignment, graded: readonly GradedResult[]): string {
  const header = [
    'Student',
    'Attempt',
    'Submitted (UTC)',
    'Late',
    'Time (minutes)',
    'Score',
    'Out of',
    'Percent',
    ...assignment.questions.map((q, i) => `Q${i + 1} ${q.id}`),
  ];
  const rows = graded.map((row) => [
    row.result.student,
    row.attempt,
    new Date(row.result.submittedAt).toISOString(),
    row.late ? 'late' : '',
    Math.round(row.durationMs / 6000) / 10,
    row.score,
    row.outOf,
    percent(row.score / row.outOf),
    ...row.outcomes.map((o) => (o === 'correct' ? 1 : o === 'wrong' ? 0 : null)),
  ]);
  return toCsv([header, ...rows]);
}

/** Item analysis as a spreadsheet, one row per question. */
export function itemAnalysisCsv(assignment: Assignment, stats: readonly ItemStats[]): string {
  const header = [
    'Question',
    'Id',
    'Prompt',
    'Answered',
    'Correct',
    'Percent correct',
    'Discrimination',
    'Most common wrong answer',
    'Times given',
  ];
  const rows = stats.map((item, i) => [
    `Q${i + 1}`,
    item.questionId,
    assignment.questions[i]?.prompt ?? '',
    item.answered,
    item.correct,
    percent(item.pCorrect),
    item.discrimination === null ? null : Math.round(item.discrimination * 100) / 100,
    item.commonWrong?.answer ?? '',
    item.commonWrong?.count ?? null,
  ]);
  return toCsv([header, ...rows]);
}
