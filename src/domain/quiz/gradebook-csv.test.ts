import { expect, test } from 'vitest';
import { quizAssignment, quizResult } from '../../../tests/fixtures/quiz';
import { gradebookCsv, itemAnalysisCsv } from './gradebook-csv';
import { gradebook } from './grading';
import { itemAnalysis } from './item-analysis';

test('the gradebook CSV has one row per attempt and 1/0/blank per question', () => {
  const rows = gradebook(quizAssignment, [
    quizResult({
      student: 'Ana "the fast", 9B',
      answers: { 'q-leader': 'Captain Mora', 'q-year': 'False' },
    }),
  ]);
  expect(gradebookCsv(quizAssignment, rows).split('\r\n')).toEqual([
    'Student,Attempt,Submitted (UTC),Late,Time (minutes),Score,Out of,Percent,Q1 q-leader,Q2 q-year,Q3 q-city,Q4 q-men',
    '"Ana ""the fast"", 9B",1,2026-03-02T09:12:00.000Z,,12,1,4,25,1,0,,',
    '',
  ]);
  const items = itemAnalysisCsv(quizAssignment, itemAnalysis(quizAssignment.questions, rows)).split('\r\n');
  expect(items[2]).toBe('Q2,q-year,True or false: the siege of Fort Amber ended in 1402.,1,0,0,,False,1');
});
