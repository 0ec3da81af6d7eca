import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emesa, freshDb } from '../../tests/helpers/render-app';
import { z } from '../domain/shared/validation';
import type { CardRecord } from '../domain/study/card';
import { AppDB } from './app-db';
import { BACKUP_TABLES } from './backup-tables';
import { loadDeck } from './load-deck';
import { todayQueue } from './study';

/**
 * Databases written by real older releases (tests/fixtures/databases, made by
 * scripts/make-db-fixtures.ts: see tests/fixtures/README.md), rebuilt in fake-indexeddb
 * store by store and index by index as the release left them, then opened by today's AppDB.
 */
interface StoreShape {
  name: string;
  keyPath: string | string[];
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
}
interface Dump {
  commit: string;
  release: string;
  idbVersion: number;
  stores: StoreShape[];
  rows: Record<string, Record<string, unknown>[]>;
}

const DIR = join(import.meta.dirname, '../../tests/fixtures/databases');
const dumps: Dump[] = readdirSync(DIR)
  .filter((file) => file.endsWith('.json'))
  .map((file) =>
    JSON.parse(readFileSync(join(DIR, file), 'utf8'), (_key, value) =>
      value && typeof value === 'object' && typeof value.$date === 'string' ? new Date(value.$date) : value,
    ),
  );

function recreate(name: string, dump: Dump): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, dump.idbVersion);
    open.onupgradeneeded = () => {
      for (const shape of dump.stores) {
        const store = open.result.createObjectStore(shape.name, {
          keyPath: shape.keyPath,
          autoIncrement: shape.autoIncrement,
        });
        for (const index of shape.indexes) {
          store.createIndex(index.name, index.keyPath, {
            unique: index.unique,
            multiEntry: index.multiEntry,
          });
        }
      }
      for (const [store, rows] of Object.entries(dump.rows)) {
        for (const row of rows) open.transaction?.objectStore(store).put(row);
      }
    };
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
    open.onerror = () => reject(open.error);
  });
}

/** A row as the app reads it: cards without the derived index keys (the middleware hides them). */
const asRead = (store: string, row: Record<string, unknown>) => {
  if (store !== 'cards') return row;
  const { recallThresholds: _derived, ...card } = row;
  return card;
};

const studied = (rows: Record<string, unknown>[]) =>
  (rows as unknown as CardRecord[]).filter((card) => card.fsrs.reps > 0);

async function opened(dump: Dump): Promise<AppDB> {
  const name = freshDb().name;
  await recreate(name, dump);
  const db = new AppDB(name);
  await db.open();
  return db;
}

describe.each(dumps)('a database written by release $commit ($release)', (dump) => {
  it('has something studied in it (the fixture is a real use of the release)', () => {
    expect(dump.rows.reviewLogs?.length).toBeGreaterThan(0);
    expect(studied(dump.rows.cards ?? []).length).toBeGreaterThan(0);
  });

  it('opens with the current code at the current version, every row as the release wrote it', async () => {
    const db = await opened(dump);
    expect(db.verno).toBe(4);
    for (const [store, rows] of Object.entries(dump.rows)) {
      const primary = db.table(store).schema.primKey.keyPath as string;
      const byKey = (a: Record<string, unknown>, b: Record<string, unknown>) =>
        String(a[primary]).localeCompare(String(b[primary]));
      const now = (await db.table(store).toArray()) as Record<string, unknown>[];
      expect(now.sort(byKey), store).toEqual(rows.map((row) => asRead(store, row)).sort(byKey));
    }
    // Tables added since the release are there, empty.
    expect(await db.archivedCards.count()).toBe(0);
    db.close();
  });

  it('every row passes the checks a backup of it must pass', async () => {
    const db = await opened(dump);
    for (const table of BACKUP_TABLES) {
      const rows = JSON.parse(JSON.stringify(await db.table(table.name).toArray()));
      const checked = z.array(table.schema).safeParse(rows);
      expect(checked.success, `${table.name}: ${checked.error?.message}`).toBe(true);
    }
    db.close();
  });

  it('studies on: the queue builds, the statistics index the studied cards, and the bundled deck update archives what it drops', async () => {
    const db = await opened(dump);
    const now = new Date();
    const { queue } = await todayQueue(db, 'siege-of-emesa', now, 'UTC');
    expect(queue.fresh.length + queue.learning.length + queue.reviews.length).toBeGreaterThan(0);
    const indexed = await db.cards
      .where('recallThresholds')
      .between(['siege-of-emesa', 10, -Infinity], ['siege-of-emesa', 90, Infinity])
      .primaryKeys();
    const studiedCards = studied(dump.rows.cards ?? []);
    expect(new Set(indexed)).toEqual(
      new Set(studiedCards.filter((card) => card.fsrs.stability > 0).map((card) => card.key)),
    );

    await loadDeck(db, emesa, { builtIn: true, now });
    const kept = new Set([
      ...(await db.cards.toCollection().primaryKeys()),
      ...(await db.archivedCards.toCollection().primaryKeys()),
    ]);
    for (const card of studiedCards) expect(kept, card.key).toContain(card.key);
    expect(await db.reviewLogs.count()).toBe(dump.rows.reviewLogs?.length);
    db.close();
  });
});
