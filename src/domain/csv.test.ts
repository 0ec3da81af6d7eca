import fc from 'fast-check';
import { expect, test } from 'vitest';
import { quizAssignment, quizResult } from '../../tests/fixtures/quiz';
import { csvField, defuseFormula, restoreFormula, toCsv } from './csv';
import { gradebookCsv, itemAnalysisCsv } from './gradebook-csv';
import { gradebook } from './grading';
import { itemAnalysis } from './item-analysis';

test('fields are quoted when they must be, quotes doubled, formulas defused', () => {
  expect(csvField('plain')).toBe('plain');
  expect(csvField('López, Ana')).toBe('"López, Ana"');
  expect(csvField('say "hi"')).toBe('"say ""hi"""');
  expect(csvField('two\nlines')).toBe('"two\nlines"');
  expect(csvField(' padded')).toBe('" padded"');
  expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  expect(csvField(-3)).toBe('-3');
  expect(csvField(null)).toBe('');
  expect(
    toCsv([
      ['a', 1],
      ['b', null],
    ]),
  ).toBe('a,1\r\nb,\r\n');
});

test('a cell a spreadsheet would run as a formula gets an apostrophe, and only such a cell', () => {
  expect(['=1+1', '-5', '+44 20', '@SUM(A1)', '\tx', '\rx'].map(defuseFormula)).toEqual([
    "'=1+1",
    "'-5",
    "'+44 20",
    "'@SUM(A1)",
    "'\tx",
    "'\rx",
  ]);
  expect(['plain', "it's", "'quoted", ' =padded', '5-3', ''].map(defuseFormula)).toEqual([
    'plain',
    "it's",
    "'quoted",
    ' =padded',
    '5-3',
    '',
  ]);
  // Text that already looks defused gets one more apostrophe, so restoring is exact.
  expect(defuseFormula("'=x")).toBe("''=x");
  expect(restoreFormula("''=x")).toBe("'=x");
  expect(restoreFormula("'-5")).toBe('-5');
  expect(restoreFormula("'quoted")).toBe("'quoted");
});

test('restoreFormula undoes defuseFormula for any text', () => {
  const text = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' ') });
  fc.assert(fc.property(text, (value) => restoreFormula(defuseFormula(value)) === value));
});

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
