import fc from 'fast-check';
import { expect, it } from 'vitest';
import { acceptedOrRefused, hostileInput, RUNS } from '../../tests/helpers/fuzz';
import { emesaMini, freshDb } from '../../tests/helpers/render-app';
import { BackupFormatError } from '../domain/shared/errors';
import type { AppDB } from './app-db';
import { checkBackup, createBackup, restoreBackup } from './backup';
import { BACKUP_TABLES } from './backup-tables';
import { loadDeck } from './load-deck';

const NOW = new Date('2026-03-02T09:00:00Z');

async function withDeck(): Promise<AppDB> {
  const db = freshDb();
  await loadDeck(db, emesaMini, { builtIn: true, now: NOW });
  await db.settings.put({ scope: 'global', settings: { newPerDay: 7 } as never });
  return db;
}

const everything = async (db: AppDB) =>
  Object.fromEntries(
    await Promise.all(BACKUP_TABLES.map(async (t) => [t.name, await db.table(t.name).toArray()])),
  );

const source = await withDeck();
const valid = await createBackup(source, NOW);

it(`backup files: ${RUNS} generated and mutated files are checked whole, or refused with a sentence`, async () => {
  await fc.assert(
    fc.asyncProperty(hostileInput(valid), (text) =>
      acceptedOrRefused(
        () => checkBackup(text),
        BackupFormatError,
        (backup) => expect(backup.tables.size).toBe(BACKUP_TABLES.length),
      ),
    ),
    { numRuns: RUNS },
  );
}, 60_000);

it('a refused backup leaves the database identical (200 restores of damaged files)', async () => {
  const db = await withDeck();
  const before = await everything(db);
  let refused = 0;
  await fc.assert(
    fc.asyncProperty(
      hostileInput(valid),
      fc.constantFrom('merge', 'replace') as fc.Arbitrary<'merge' | 'replace'>,
      async (text, mode) => {
        let backup: ReturnType<typeof checkBackup>;
        try {
          backup = checkBackup(text);
        } catch (error) {
          expect(error).toBeInstanceOf(BackupFormatError);
          refused += 1;
          expect(await everything(db)).toEqual(before);
          return;
        }
        // Accepted: restoring it into a scratch copy must work (the real one stays as it was).
        await restoreBackup(freshDb(), backup, mode);
      },
    ),
    { numRuns: 200 },
  );
  expect(refused).toBeGreaterThan(50);
}, 60_000);

it('is bounded: a backup over the size limit is refused before it is parsed', () => {
  expect(() => checkBackup(`{}${' '.repeat(200_000_000)}`)).toThrow(BackupFormatError);
});
