import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { decodeText } from './text-encoding';

const sides = (text: string, choice?: Parameters<typeof readCsv>[1]) =>
  readCsv(text, choice).cards.map((card) => [card.front, card.back, card.tags.join(' ')]);

describe('readCsv: the columns found and the learner’s choice of them', () => {
  it('names the columns from the header, or numbers them when there is none', () => {
    expect(readCsv('Term;Definition;Tags;Notes\nEmesa;Homs;cities;x\n').csv).toEqual({
      delimiter: ';',
      names: ['Term', 'Definition', 'Tags', 'Notes'],
      header: true,
      columns: { front: 0, back: 1, tags: 2 },
    });
    expect(readCsv('Emesa|Homs|cities\nRaqqa|Kallinikos|cities\n').csv).toEqual({
      delimiter: '|',
      names: ['Column 1', 'Column 2', 'Column 3'],
      header: false,
      columns: { front: 0, back: 1 },
    });
  });

  it('takes the front, back and tags from the columns chosen', () => {
    const text = 'Notes,Definition,Term,Tags\nold name,Homs,Emesa,cities\n';
    expect(sides(text, { columns: { front: 1, back: 0, tags: 3 } })).toEqual([
      ['Homs', 'old name', 'cities'],
    ]);
    expect(sides('Emesa,Homs,cities\n', { columns: { front: 1, back: 0, tags: 2 } })).toEqual([
      ['Homs', 'Emesa', 'cities'],
    ]);
  });

  it('splits on the delimiter chosen instead of the one detected', () => {
    const text = 'Emesa;Homs, on the Orontes\nRaqqa;Kallinikos, on the Euphrates\n';
    expect(readCsv(text).csv.delimiter).toBe(';');
    expect(sides(text, { delimiter: ',' })).toEqual([
      ['Emesa;Homs', 'on the Orontes', ''],
      ['Raqqa;Kallinikos', 'on the Euphrates', ''],
    ]);
  });

  it('keeps each record’s line and text as written, past blank lines and multi-line fields', () => {
    const preview = readCsv('a,"one\r\ntwo"\r\n\r\n\r\nb,c\r\n"d,"x"\n');
    expect(preview.cards.map((card) => [card.line, card.back, card.raw])).toEqual([
      [1, 'one\ntwo', 'a,"one\ntwo"'],
      [5, 'c', 'b,c'],
    ]);
    expect(preview.skipped.map((skip) => skip.line)).toEqual([6]);
  });

  it('reads a UTF-16 file as Excel’s "Unicode Text" saves it, tab-delimited', () => {
    const { text, encoding } = decodeText(
      new Uint8Array(readFileSync('tests/fixtures/interchange/excel-unicode-text.txt')),
    );
    expect(encoding).toBe('UTF-16LE');
    const preview = readCsv(text);
    expect(preview.csv).toMatchObject({ delimiter: '\t', header: true });
    expect(preview.cards[0]).toMatchObject({ front: 'Emesa', line: 2 });
  });
});
