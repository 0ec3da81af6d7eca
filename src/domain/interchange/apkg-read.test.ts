import { zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { apkgFixture, nodeSqlJs } from '../../../tests/helpers/apkg';
import { readApkg } from './apkg-import';
import { MAX_APKG_BYTES } from './apkg-limits';

let sql: SqlJsStatic;
beforeAll(async () => {
  sql = await nodeSqlJs();
});

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('reading an Anki package', () => {
  it.each(['anki2', 'anki21', 'anki21b'] as const)('reads the %s collection of a package', (name) => {
    const preview = readApkg(apkgFixture(name), sql);
    expect(preview.collection).toBe(`collection.${name}`);
    expect(preview.notes).toBe(8);
    expect(
      preview.cards.map((card) => [card.deck, card.front, card.back, card.cardOf ?? '', card.type]),
    ).toEqual([
      ['History::Rome', 'Who founded Rome, in the legend?', 'Romulus', '', 'flashcard'],
      ['History::Rome', 'In which year did Caesar cross the Rubicon?', '49 BC', '', 'flashcard'],
      ['History::Rome', 'Capital of the Eastern Roman Empire', 'Constantinople', '', 'flashcard'],
      ['History::Rome', 'Constantinople', 'Capital of the Eastern Roman Empire', 'reverse', 'flashcard'],
      ['History::Rome', 'The ____ Wars were fought against Carthage.', 'Punic', 'c1', 'cloze'],
      ['History::Rome', 'The Punic Wars were fought against ____.', 'Carthage', 'c2', 'cloze'],
      ['History::Rome', 'legion', 'a Roman army unit', '', 'flashcard'],
      ['History::Greece', 'Who wrote the Histories?', 'Herodotus & his informants', '', 'flashcard'],
      ['History::Greece', 'Year of the battle of Marathon', '490 BC', '', 'flashcard'],
    ]);
    expect(preview.cards[0]?.tags).toEqual(['rome', 'legend']);
    expect(preview.cards[0]?.guid).toBe('muster-founder');
    expect(preview.skipped).toEqual([
      { line: 6, reason: expect.stringContaining('empty front (a side that is only an image') },
    ]);
    expect(preview.images).toBe(1);
    expect(preview.otherTypes).toEqual({ Vocabulary: 1 });
    // Day numbers count from col.crt (2026-01-01 04:00 UTC); the cloze's Back Extra is its explanation.
    expect(preview.cards.map((card) => iso(card.anki.dueAt))).toEqual([
      '2026-03-10T04:00:00.000Z',
      '2026-03-15T04:00:00.000Z',
      '2026-03-12T04:00:00.000Z',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '2026-02-22T04:00:00.000Z',
    ]);
    expect(preview.cards[4]?.explanation).toBe('Three wars, 264–146 BC');
    expect(preview.cards[8]?.anki).toMatchObject({ suspended: true, lapses: 8, reps: 16 });
    expect(preview.cards.map((card) => card.anki.reviews.length)).toEqual([5, 4, 7, 0, 0, 0, 0, 1, 16]);
    expect(preview.reviews).toBe(33);
  });

  const refusals: [string, () => Uint8Array, RegExp][] = [
    ['a file that is not a zip', () => new TextEncoder().encode('front\tback\n'), /not an Anki package.*zip/],
    [
      'a zip with no collection',
      () => zipSync({ 'notes.txt': new Uint8Array([1, 2]) }),
      /no Anki collection/,
    ],
    [
      'a collection that is not SQLite',
      () => zipSync({ 'collection.anki2': new TextEncoder().encode('not a database at all') }),
      /collection.anki2 is not a readable SQLite database/,
    ],
    [
      'an SQLite database that is not Anki’s',
      () => {
        const db = new sql.Database();
        db.exec('CREATE TABLE things (a)');
        const bytes = db.export();
        db.close();
        return zipSync({ 'collection.anki21': bytes });
      },
      /has no col table/,
    ],
    [
      'damaged zstd',
      () => zipSync({ 'collection.anki21b': new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 9, 9, 9]) }),
      /anki21b is damaged|not valid zstd/,
    ],
    ['a package over 50 MB', () => new Uint8Array(MAX_APKG_BYTES + 1), /at most 50 MB/],
  ];
  it.each(refusals)('refuses %s with a message', (_, bytes, message) => {
    expect(() => readApkg(bytes(), sql)).toThrow(message);
  });

  it('refuses a zip that declares a collection too big to unpack (a zip bomb), before unpacking it', () => {
    // A small zip whose headers claim 200 MB, as a bomb's do: the claim is refused unread.
    const bomb = zipSync({ 'collection.anki2': new Uint8Array(1000) });
    const view = new DataView(bomb.buffer);
    const central = bomb.findLastIndex(
      (_, i) => i + 4 <= bomb.length && view.getUint32(i, true) === 0x02014b50,
    );
    view.setUint32(22, 200_000_000, true);
    view.setUint32(central + 24, 200_000_000, true);
    expect(() => readApkg(bomb, sql)).toThrow(/would unpack to 200 MB; an import takes at most 150 MB/);
  });

  it('refuses a zstd frame whose window is bigger than the limit, before the decoder allocates it', () => {
    // Nine bytes that ask a zstd decoder for a 1 GiB window (window descriptor 0xA0: 2^30).
    const frame = new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0xa0, 0x09, 0x00, 0x00, 0x41]);
    expect(() => readApkg(zipSync({ 'collection.anki21b': frame }), sql)).toThrow(
      /needs a 1,074 MB window to unpack; an import takes at most 150 MB/,
    );
    // A second frame may not hide one either.
    const small = new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x00, 0x09, 0x00, 0x00, 0x41]);
    expect(() =>
      readApkg(zipSync({ 'collection.anki21b': new Uint8Array([...small, ...frame]) }), sql),
    ).toThrow(/1,074 MB window/);
  });

  it('refuses a collection whose note types JSON is not what Anki writes', () => {
    const db = new sql.Database(
      (() => {
        const source = new sql.Database();
        source.exec(
          'CREATE TABLE col (crt, models, decks); INSERT INTO col VALUES (0, \'{"1": {"name": 5}}\', \'{}\'); CREATE TABLE notes (a); CREATE TABLE cards (a); CREATE TABLE revlog (a);',
        );
        const bytes = source.export();
        source.close();
        return bytes;
      })(),
    );
    const bytes = db.export();
    db.close();
    expect(() => readApkg(zipSync({ 'collection.anki2': bytes }), sql)).toThrow(
      /note types \(col.models\) is not as expected/,
    );
  });
});
