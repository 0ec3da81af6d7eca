import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { decodeText } from './text-encoding';

const bytes = (text: string, encoding: 'utf-16le' | 'latin1' | 'utf8') =>
  new Uint8Array(Buffer.from(text, encoding));
const bigEndian = (text: string) =>
  bytes(text, 'utf-16le').map((_, i, all) => all[i % 2 === 0 ? i + 1 : i - 1] ?? 0);

describe('decodeText', () => {
  it('reads UTF-16 with a byte-order mark, either way round, and without one', () => {
    const le = new Uint8Array([0xff, 0xfe, ...bytes('Emesa\tHoms', 'utf-16le')]);
    expect(decodeText(le)).toEqual({ text: 'Emesa\tHoms', encoding: 'UTF-16LE' });
    const be = new Uint8Array([0xfe, 0xff, ...bigEndian('Emesa\tHoms')]);
    expect(decodeText(be)).toEqual({ text: 'Emesa\tHoms', encoding: 'UTF-16BE' });
    expect(decodeText(bytes('Emesa\tHoms', 'utf-16le'))).toEqual({
      text: 'Emesa\tHoms',
      encoding: 'UTF-16LE',
    });
  });

  it('reads UTF-8 with or without a mark, and falls back to Windows-1252 for Excel’s plain CSV', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Hīt', 'utf8')]))).toEqual({
      text: 'Hīt',
      encoding: 'UTF-8',
    });
    expect(decodeText(bytes('Ḥimṣ', 'utf8')).text).toBe('Ḥimṣ');
    expect(decodeText(bytes('bière;café', 'latin1'))).toEqual({
      text: 'bière;café',
      encoding: 'Windows-1252',
    });
  });
});

describe('files as Excel saves them', () => {
  it('reads a semicolon CSV in Windows-1252 with decimal commas and a quoted multi-line field', () => {
    const { text } = decodeText(
      new Uint8Array(readFileSync('tests/fixtures/interchange/excel-semicolon.csv')),
    );
    const preview = readCsv(text);
    expect(preview.skipped).toEqual([]);
    expect(preview.cards.map((card) => [card.front, card.back, card.tags])).toEqual([
      ['Wie viele Tage dauerte die Belagerung?', 'etwa 120; im Winter', ['dates']],
      ['Preis in Dinar?', '1,5', ['numbers']],
      ['Wer führte das Heer?', 'Abu Ubaidah\nmit Khalid', ['commanders']],
    ]);
  });

  it('reads Excel’s "Unicode Text" (UTF-16 with a mark, tab-separated)', () => {
    const { text, encoding } = decodeText(
      new Uint8Array(readFileSync('tests/fixtures/interchange/excel-unicode-text.txt')),
    );
    expect(encoding).toBe('UTF-16LE');
    expect(readCsv(text).cards.map((card) => [card.front, card.back])).toEqual([
      ['Emesa', 'Homs, Syrien'],
      ['Kallinikos', 'ar-Raqqa'],
    ]);
  });

  it('honours Excel’s sep= hint line', () => {
    expect(readCsv('sep=;\na;b,c\nd;e\n').cards.map((card) => card.back)).toEqual(['b,c', 'e']);
  });

  it('refuses UTF-16 that was read as UTF-8, saying how to save it', () => {
    const misread = new TextDecoder().decode(bytes('front,back\nEmesa,Homs', 'utf-16le'));
    expect(() => readCsv(misread)).toThrow(/UTF-16/);
  });
});
