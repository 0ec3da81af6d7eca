import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { apkgFixture, nodeSqlJs } from '../../tests/helpers/apkg';
import { acceptedOrRefused, RUNS } from '../../tests/helpers/fuzz';
import { freshDb } from '../../tests/helpers/render-app';
import { readApkg } from '../domain/interchange/apkg-import';
import type { ApkgPreview } from '../domain/interchange/apkg-read';
import { ImportFormatError, MusterError } from '../domain/shared/errors';
import type { AppDB } from './app-db';
import { saveApkgImport } from './import-apkg';
import { planImport } from './import-decks';

let sql: SqlJsStatic;
beforeAll(async () => {
  sql = await nodeSqlJs();
});

const FIXTURES = ['anki2', 'anki21', 'anki21b'] as const;
const collectionOf = (name: (typeof FIXTURES)[number]) => {
  const files = unzipSync(apkgFixture(name));
  const file = Object.keys(files).find((path) => path === `collection.${name}`) ?? '';
  return { file, bytes: files[file] as Uint8Array };
};

/** Byte edits: overwrite, cut, or insert at a place. */
const edits = fc.array(
  fc.record({
    at: fc.nat(),
    kind: fc.constantFrom('set', 'cut', 'insert'),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  { minLength: 1, maxLength: 12 },
);

function damaged(bytes: Uint8Array, changes: { at: number; kind: string; byte: number }[]): Uint8Array {
  let out = Array.from(bytes);
  for (const { at, kind, byte } of changes) {
    const i = at % Math.max(out.length, 1);
    if (kind === 'set') out[i] = byte;
    else if (kind === 'cut') out = out.slice(0, i);
    else out.splice(i, 0, byte);
  }
  return new Uint8Array(out);
}

/** A damaged package: its zip bytes, or the SQLite collection inside it, edited; or random bytes. */
const packages = fc.oneof(
  fc.tuple(fc.constantFrom(...FIXTURES), edits).map(([name, changes]) => damaged(apkgFixture(name), changes)),
  fc
    .tuple(fc.constantFrom('anki2', 'anki21') as fc.Arbitrary<'anki2' | 'anki21'>, edits)
    .map(([name, changes]) => {
      const { file, bytes } = collectionOf(name);
      return zipSync({ [file]: damaged(bytes, changes) });
    }),
  fc.uint8Array({ maxLength: 2000 }),
  fc.uint8Array({ maxLength: 2000 }).map((bytes) => zipSync({ 'collection.anki21b': bytes })),
);

function validPreview(preview: ApkgPreview) {
  for (const card of preview.cards) {
    expect(card.front.trim()).not.toBe('');
    expect(card.back.trim()).not.toBe('');
    expect(card.front.length).toBeLessThanOrEqual(2000);
  }
  for (const skipped of preview.skipped) expect(skipped.reason.length).toBeGreaterThan(10);
}

const counts = async (db: AppDB) =>
  Promise.all([db.decks.count(), db.questions.count(), db.cards.count(), db.reviewLogs.count()]);

describe('damaged and random Anki packages', () => {
  it('are read or refused with an ImportFormatError, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(packages, (bytes) =>
        acceptedOrRefused(() => readApkg(bytes, sql), ImportFormatError, validPreview),
      ),
      { numRuns: RUNS },
    );
  }, 240_000);

  it('write nothing unless the whole import is saved', async () => {
    const db = freshDb();
    await fc.assert(
      fc.asyncProperty(packages, async (bytes) => {
        const before = await counts(db);
        let preview: ApkgPreview;
        try {
          preview = readApkg(bytes, sql);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportFormatError);
          expect(await counts(db)).toEqual(before);
          return;
        }
        if (preview.cards.length === 0) return;
        const plan = await planImport(db, preview.cards);
        try {
          await saveApkgImport(db, {
            plan,
            title: 'fuzz',
            topic: 'strategy',
            fileName: 'fuzz.apkg',
            sha256: 'f'.repeat(64),
            now: new Date('2026-03-10T09:00:00Z'),
          });
        } catch (error) {
          // A deck the contract refuses: the transaction leaves every table as it was.
          expect(error).toBeInstanceOf(MusterError);
          expect(await counts(db)).toEqual(before);
        }
      }),
      { numRuns: 200 },
    );
  }, 240_000);
});
