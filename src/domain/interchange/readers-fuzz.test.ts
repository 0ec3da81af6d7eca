import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RUNS } from '../../../tests/helpers/fuzz';
import { ImportFormatError } from '../shared/errors';
import { readAnki } from './anki';
import { readCsv } from './csv';
import { readGift } from './gift-import';
import { readQuizlet } from './quizlet';

/** Pieces of every format's syntax, so generated files reach deep into each reader. */
const TOKENS = [
  '#separator:tab\n',
  '#html:true\n',
  '#guid column:1\n',
  '#notetype column:2\n',
  '#deck column:3\n',
  '#tags column:4\n',
  '#columns:Front\tBack\n',
  'tags:a b\n',
  '#',
  ':',
  '\t',
  ';',
  ',',
  '"',
  '""',
  '\n',
  '\r\n',
  '{',
  '}',
  '=',
  '~',
  '->',
  '####',
  '%50%',
  '::Q1::',
  '$CATEGORY: x/y\n',
  '\\',
  '\\:',
  '&#x110000;',
  '&#99999999;',
  '&amp;',
  '<b>',
  '</b>',
  '<br>',
  '<63',
  '{{c1::',
  '}}',
  'Cloze',
  'Basic (and reversed card)',
  'Image Occlusion',
  'T',
  'FALSE',
  '#638:1',
  '..',
  'é',
  '\u0000',
  'x',
];
const files = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join(''));
const readers = {
  anki: readAnki,
  csv: readCsv,
  gift: readGift,
  quizlet: (text: string) => readQuizlet(text, '\t', ';'),
};

describe('every reader, on generated files', () => {
  for (const [name, read] of Object.entries(readers)) {
    it(`${name}: a preview with line numbers, or an ImportFormatError; nothing else`, () => {
      fc.assert(
        fc.property(files, (text) => {
          try {
            const preview = read(text);
            for (const entry of [...preview.cards, ...preview.skipped]) expect(entry.line).toBeGreaterThan(0);
          } catch (error) {
            expect(error).toBeInstanceOf(ImportFormatError);
          }
        }),
        { numRuns: RUNS },
      );
    }, 30_000);
  }
});
