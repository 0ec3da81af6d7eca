import { expect, test } from 'vitest';
import { quizAssignment, quizResult } from '../../../tests/fixtures/quiz';
import { gradebook } from './grading';
import { groupSize, itemAnalysis } from './item-analysis';

// A class of eight, computed by hand (1 = right):
//        leader year city men  total
//   A      1     1    1    1     4
//   B      1     1    1    0     3
//   C      1     1    0    1     3
//   D      1     0    1    0     2
//   E      1     0    0    1     2
//   F      0     1    0    0     1
//   G      1     0    0    0     1
//   H      0     0    -    -     0   (- = unanswered)
// Groups of round(8 × 0.27) = 2: upper A, B; lower G, H.
const R = { 'q-leader': 'Captain Mora', 'q-year': 'True', 'q-city': 'Velmar', 'q-men': '3000' };
const class8 = [
  { student: 'A', answers: R },
  { student: 'B', answers: { ...R, 'q-men': '300' } },
  { student: 'C', answers: { ...R, 'q-city': 'Damascus' } },
  { student: 'D', answers: { ...R, 'q-year': 'False', 'q-men': '30' } },
  { student: 'E', answers: { ...R, 'q-year': 'False', 'q-city': 'damascus' } },
  { student: 'F', answers: { 'q-leader': 'Khalid', 'q-year': 'True', 'q-city': 'Aleppo', 'q-men': '300' } },
  { student: 'G', answers: { ...R, 'q-year': 'False', 'q-city': 'Damascus ', 'q-men': '2,000' } },
  { student: 'H', answers: { 'q-leader': 'khalid', 'q-year': 'False' } },
].map((r, i) => quizResult({ ...r, attemptId: `attempt-${i}-xyz` }));

test('item analysis on a hand-computed class of eight', () => {
  const rows = gradebook(quizAssignment, class8);
  expect(rows.map((r) => r.score)).toEqual([4, 3, 3, 2, 2, 1, 1, 0]);
  const stats = itemAnalysis(quizAssignment.questions, rows);
  expect(stats.map((s) => s.pCorrect)).toEqual([6 / 8, 4 / 8, 3 / 8, 3 / 8]);
  // leader: upper 2/2, lower G 1 H 0 → 1 − 0.5; year: 1 − 0; city: 1 − 0; men: A 1 B 0 → 0.5 − 0.
  expect(stats.map((s) => s.discrimination)).toEqual([0.5, 1, 1, 0.5]);
  expect(stats.map((s) => s.answered)).toEqual([8, 8, 7, 7]);
  expect(stats[0]?.commonWrong).toEqual({ answer: 'Khalid', count: 2 });
  expect(stats[1]?.commonWrong).toEqual({ answer: 'False', count: 4 });
  expect(stats[2]?.commonWrong).toEqual({ answer: 'Damascus', count: 3 });
  expect(stats[3]?.commonWrong).toEqual({ answer: '300', count: 2 });
});

test('small classes: no discrimination below two students, a group of one from two', () => {
  expect(groupSize(1)).toBe(0);
  expect(groupSize(2)).toBe(1);
  expect(groupSize(30)).toBe(8);
  const [only] = itemAnalysis(quizAssignment.questions, gradebook(quizAssignment, class8.slice(0, 1)));
  expect(only?.discrimination).toBeNull();
  expect(itemAnalysis(quizAssignment.questions, [])[0]?.pCorrect).toBeNull();
});
