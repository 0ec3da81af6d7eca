import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptedOrRefused, hostileInput, RUNS } from '../../../tests/helpers/fuzz';
import { ImportFormatError } from '../shared/errors';
import { readAnki, writeAnki } from './anki';
import { readCsv, writeCsv } from './csv';
import { type ImportPreview, MAX_IMPORT_CARDS, MAX_IMPORT_CHARS } from './import-preview';
import { readQuizlet, writeQuizlet } from './quizlet';

const cards = [
  { front: 'Who held Emesa?', back: 'Harbis', tags: ['commanders'] },
  { front: 'Year, "AD"', back: '638\tor 17 AH', tags: [] },
  { front: 'Line\nbreak', back: '=SUM(A1)', tags: ['dates', 'x'] },
];

/** What an accepted import promises: cards within the limits, every skipped line named with a reason. */
function validPreview(preview: ImportPreview, text: string) {
  expect(preview.cards.length).toBeLessThanOrEqual(MAX_IMPORT_CARDS);
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const card of preview.cards) {
    expect(card.front.trim()).not.toBe('');
    expect(card.back.trim()).not.toBe('');
    expect(card.front.length).toBeLessThanOrEqual(2000);
    expect(card.back.length).toBeLessThanOrEqual(2000);
    expect(card.line).toBeGreaterThanOrEqual(1);
  }
  for (const bad of preview.skipped) {
    expect(bad.line).toBeGreaterThanOrEqual(1);
    expect(bad.line).toBeLessThanOrEqual(lines + 1);
    expect(bad.reason.length).toBeGreaterThan(3);
  }
}

const formats = {
  anki: {
    read: readAnki,
    valid: [writeAnki(cards, ['emesa']), 'Front\tBack\n#html:true\nA<b>x</b>\tB&amp;'],
  },
  quizlet: { read: (text: string) => readQuizlet(text), valid: [writeQuizlet(cards), 'a,b\nc,d'] },
  csv: { read: readCsv, valid: [writeCsv(cards), 'term,definition\n"a ""q""",b\n'] },
};

describe.each(Object.entries(formats))('%s import, fuzzed', (_name, format) => {
  it(`${RUNS} generated and mutated files: a preview within the limits, or a refusal that says why`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileInput(...format.valid), (text) =>
        acceptedOrRefused(
          () => format.read(text),
          ImportFormatError,
          (preview) => validPreview(preview, text),
        ),
      ),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('is bounded: one character over the size limit is refused before it is read', () => {
    expect(() => format.read('x'.repeat(MAX_IMPORT_CHARS + 1))).toThrow(ImportFormatError);
  });

  it('is bounded: a file of the largest size, one line per card, stops at the card limit', () => {
    const line = 'q\ta\n';
    const text = line.repeat(Math.floor(MAX_IMPORT_CHARS / line.length));
    let preview: ImportPreview | undefined;
    try {
      preview = format.read(text);
    } catch (error) {
      expect(error).toBeInstanceOf(ImportFormatError);
      return;
    }
    expect(preview.cards.length).toBeLessThanOrEqual(MAX_IMPORT_CARDS);
  }, 60_000);
});
