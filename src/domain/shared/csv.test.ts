import fc from 'fast-check';
import { expect, test } from 'vitest';
import { csvField, defuseFormula, restoreFormula, toCsv } from './csv';

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
