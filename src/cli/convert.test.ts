import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { apkgFixture, nodeSqlJs } from '../../tests/helpers/apkg';
import { readApkg } from '../domain/interchange/apkg-import';
import { readCsv } from '../domain/interchange/csv';
import { readGift } from '../domain/interchange/gift-import';
import { parseDeckJson } from '../domain/shared/deck';
import { convertCommand } from './convert';

const FIXTURES = 'tests/fixtures/interchange';
const text = (data: string | Uint8Array) => (typeof data === 'string' ? data : strFromU8(data));

describe('npm run convert', () => {
  it('turns a GIFT file into CSV, listing the lines it skipped', () => {
    const { data, warnings } = convertCommand([`${FIXTURES}/emesa-quiz.gift`, '--to', 'csv']);
    expect(readCsv(text(data)).cards).toHaveLength(8);
    expect(warnings).toEqual([
      `${FIXTURES}/emesa-quiz.gift, line 30 skipped: an essay question has no answer to check; Muster skips it`,
      `${FIXTURES}/emesa-quiz.gift, line 32 skipped: a description (no {…} answer block), not a question`,
    ]);
  });

  it('turns an Anki export into GIFT that reads back, and an Excel CSV into a deck', () => {
    const gift = convertCommand([`${FIXTURES}/anki-notes-export.txt`, '--to', 'gift']);
    expect(readGift(text(gift.data)).cards).toHaveLength(7);
    const deck = convertCommand([`${FIXTURES}/excel-semicolon.csv`, '--to', 'deck', '--title', 'Belagerung']);
    expect(parseDeckJson(text(deck.data))).toMatchObject({ id: 'belagerung', title: 'Belagerung' });
  });

  it('writes a QTI package as a zip, and reads Quizlet text when told to', () => {
    const dir = mkdtempSync(join(tmpdir(), 'convert-'));
    const quizlet = join(dir, 'cities.txt');
    writeFileSync(quizlet, 'Emesa\tHoms\nKallinikos\tRaqqa\n');
    const { data, out } = convertCommand([quizlet, '--from', 'quizlet', '--to', 'qti', '--out', 'x.zip']);
    expect(out).toBe('x.zip');
    const files = Object.keys(unzipSync(data as Uint8Array));
    expect(files).toContain('imsmanifest.xml');
    expect(files.filter((path) => path.startsWith('items/'))).toHaveLength(2);
  });

  it('reads an Anki package and writes one that reads back with the same cards', async () => {
    const sql = await nodeSqlJs();
    const dir = mkdtempSync(join(tmpdir(), 'convert-'));
    const input = join(dir, 'history.apkg');
    writeFileSync(input, apkgFixture('anki21b'));
    const csv = convertCommand([input, '--to', 'csv'], sql);
    expect(csv.warnings).toEqual([
      expect.stringMatching(/history.apkg, note 6 skipped: its card 1 has an empty front/),
    ]);
    expect(readCsv(text(csv.data)).cards).toHaveLength(9);
    const { data, out } = convertCommand([input, '--to', 'apkg', '--out', 'x.apkg'], sql);
    expect(out).toBe('x.apkg');
    const original = readApkg(apkgFixture('anki21b'), sql).cards.map((card) => [card.front, card.back]);
    expect(readApkg(data as Uint8Array, sql).cards.map((card) => [card.front, card.back])).toEqual(original);
    expect(() => convertCommand([input, '--to', 'csv'])).toThrow(/need sql.js/);
  });

  it('explains wrong usage, a missing file and a format it cannot write', () => {
    expect(() => convertCommand([])).toThrow(/Give exactly one input file/);
    expect(() => convertCommand(['a.txt', '--to', 'pdf'])).toThrow(/--to must be one of/);
    expect(() => convertCommand(['a.txt', '--to', 'csv', '--colour', 'red'])).toThrow(/colour/);
    expect(() => convertCommand(['nope.txt', '--to', 'csv'])).toThrow(/There is no file nope.txt/);
    expect(() => convertCommand(['a.txt', '--to', 'apkg'])).toThrow(/give --out <file.apkg>/);
    expect(() => convertCommand(['a.txt', '--to', 'qti'])).toThrow(/give --out/);
  });
});
