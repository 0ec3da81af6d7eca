import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { apkgFixture, nodeSqlJs } from '../../tests/helpers/apkg';
import { readAnki } from '../domain/interchange/anki';
import { readApkg } from '../domain/interchange/apkg-import';
import { readCsv } from '../domain/interchange/csv';
import { readGift } from '../domain/interchange/gift-import';
import { readQuizlet } from '../domain/interchange/quizlet';
import { parseDeckJson } from '../domain/shared/deck';
import { convertCommand } from './convert';

const EMESA = 'decks/siege-of-emesa/deck.json';

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

  it('converts every input format to every output format, each readable by its reader', () => {
    const dir = mkdtempSync(join(tmpdir(), 'convert-all-'));
    const quizlet = join(dir, 'cities.txt');
    writeFileSync(quizlet, 'Emesa\tHoms\nKallinikos\tRaqqa\n');
    const inputs: [string, string[], number][] = [
      [`${FIXTURES}/anki-notes-export.txt`, [], 7],
      [quizlet, ['--from', 'quizlet'], 2],
      [`${FIXTURES}/excel-semicolon.csv`, [], 3],
      [`${FIXTURES}/excel-unicode-text.txt`, ['--from', 'csv'], 2],
      [`${FIXTURES}/emesa-quiz.gift`, [], 8],
      [EMESA, [], parseDeckJson(readFileSync(EMESA, 'utf8')).questions.length],
    ];
    const readBack: Record<string, (data: string | Uint8Array) => number> = {
      deck: (data) => parseDeckJson(text(data)).questions.length,
      anki: (data) => readAnki(text(data)).cards.length,
      quizlet: (data) => readQuizlet(text(data)).cards.length,
      csv: (data) => readCsv(text(data)).cards.length,
      gift: (data) => readGift(text(data)).cards.length,
      qti: (data) =>
        Object.keys(unzipSync(data as Uint8Array)).filter((path) => path.startsWith('items/')).length,
    };
    for (const [input, from, count] of inputs) {
      for (const [to, read] of Object.entries(readBack)) {
        const { data } = convertCommand([input, ...from, '--to', to, '--out', join(dir, `out.${to}`)]);
        expect(read(data), `${input} → ${to}`).toBe(count);
      }
    }
  });

  it('takes the CSV delimiter and columns, and Quizlet separators, as the import screen does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'convert-choices-'));
    const csv = join(dir, 'staedte.csv');
    writeFileSync(csv, 'am Orontes;Emesa;Homs;numbers\nam Euphrat;Kallinikos;Raqqa;dates\n');
    const chosen = convertCommand([csv, '--to', 'csv', '--columns', '2,3,4']);
    expect(readCsv(text(chosen.data)).cards.map((c) => [c.front, c.back, c.tags])).toEqual([
      ['Emesa', 'Homs', ['numbers']],
      ['Kallinikos', 'Raqqa', ['dates']],
    ]);
    // Split on commas, each line is one field: no card, and the command says so.
    expect(() => convertCommand([csv, '--to', 'csv', '--delimiter', 'comma'])).toThrow(/holds no card/);
    const quizlet = join(dir, 'rows.txt');
    writeFileSync(quizlet, 'Emesa=Homs;Raqqa=Kallinikos');
    const rows = convertCommand([
      quizlet,
      '--from',
      'quizlet',
      '--separator',
      '=',
      '--row-separator',
      ';',
      '--to',
      'csv',
    ]);
    expect(readCsv(text(rows.data)).cards).toHaveLength(2);
    expect(() => convertCommand([csv, '--to', 'csv', '--delimiter', 'wavy'])).toThrow(
      /--delimiter must be one of/,
    );
    expect(() => convertCommand([csv, '--to', 'csv', '--columns', '0,1'])).toThrow(
      /--columns takes two or three/,
    );
  });

  // Four runs of the real command through tsx, a few seconds each on a busy machine.
  it('as a command: writes the file and exits 0, or says what is wrong on stderr and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'convert-cli-'));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/convert.ts', ...args], {
        encoding: 'utf8',
      });
    const out = join(dir, 'quiz.csv');
    const ok = run(`${FIXTURES}/emesa-quiz.gift`, '--to', 'csv', '--out', out);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toContain('line 30 skipped');
    expect(ok.stderr).toContain(`Wrote ${out}`);
    expect(readCsv(readFileSync(out, 'utf8')).cards).toHaveLength(8);
    const toStdout = run(`${FIXTURES}/emesa-quiz.gift`, '--to', 'gift');
    expect(toStdout.status).toBe(0);
    expect(readGift(toStdout.stdout).cards).toHaveLength(8);

    const missing = run('nope.txt', '--to', 'csv');
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe('There is no file nope.txt.\n');
    const zip = join(dir, 'deck.csv');
    writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]));
    const refused = run(zip, '--to', 'gift');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^This is not a CSV file: it is a zip archive/);
  }, 60_000);
});
