import { describe, expect, it } from 'vitest';
import { emesa, freshDb } from '../../tests/helpers/render-app';
import { BackupFormatError } from '../domain/shared/errors';
import { gradedCard } from '../domain/study/card';
import type { Grade } from '../domain/study/scheduler';
import { createScheduler } from '../domain/study/scheduler';
import { DEFAULT_STUDY_SETTINGS } from '../domain/study/study-settings';
import type { AppDB } from './app-db';
import { backupCounts, checkBackup, createBackup, restoreBackup } from './backup';
import { oldestUnsavedReviewAt } from './backup-meta';
import { BACKUP_TABLES } from './backup-tables';
import { loadDeck } from './load-deck';
import { saveStudySettings } from './settings';
import { recordReview } from './study';

const NOW = new Date('2026-03-02T09:00:00Z');
const HOUR = 3_600_000;
const scheduler = createScheduler({ ...DEFAULT_STUDY_SETTINGS, enableFuzz: false });

/** Grades the card `key` at `at`, through the same transaction the study screen uses. */
async function review(db: AppDB, key: string, grade: Grade, at: Date) {
  const card = await db.cards.get(key);
  if (!card) throw new Error(`no card ${key}`);
  const result = scheduler.grade(card.fsrs, grade, at);
  await recordReview(db, card, gradedCard(card, result, 8), {
    cardKey: key,
    deckId: card.deckId,
    factId: card.factId,
    grade,
    reviewedAt: at.getTime(),
    durationMs: 2500,
    before: { queue: card.queue, due: card.due, leech: card.leech },
    fsrs: result.log,
  });
}

const keys = emesa.questions.map((q) => `${emesa.id}/${q.id}`);
const key = (i: number) => keys[i] ?? '';

async function studiedDb() {
  const db = freshDb();
  await loadDeck(db, emesa, { builtIn: true, now: NOW });
  await loadDeck(
    db,
    { ...emesa, id: 'my-deck', title: 'My own deck', questions: emesa.questions.slice(0, 2) },
    { builtIn: false, now: NOW },
  );
  await review(db, key(0), 'good', NOW);
  await review(db, key(0), 'good', new Date(NOW.getTime() + HOUR));
  await review(db, key(1), 'again', NOW);
  await saveStudySettings(db, 'global', { ...DEFAULT_STUDY_SETTINGS, newPerDay: 7 });
  return db;
}

async function dump(db: AppDB) {
  const tables: Record<string, unknown[]> = {};
  for (const table of BACKUP_TABLES) tables[table.name] = await db.table(table.name).toArray();
  return tables;
}

describe('backup and restore', () => {
  it('restoring into an empty browser gives a database equal to the original, table by table', async () => {
    const original = await studiedDb();
    const text = await createBackup(original, NOW);
    const copy = freshDb();
    await restoreBackup(copy, checkBackup(text), 'replace');
    const before = await dump(original);
    const after = await dump(copy);
    for (const table of BACKUP_TABLES) {
      expect(after[table.name], table.name).toEqual(before[table.name]);
    }
    expect(before.reviewLogs).toHaveLength(3);
    expect(before.decks).toHaveLength(2);
    // Dates come back as Dates, not strings, so the scheduler can use them.
    expect((await copy.cards.get(key(0)))?.fsrs.due).toBeInstanceOf(Date);
  });

  it('leaves the derived recall keys out of the file and rebuilds them on restore', async () => {
    const original = await studiedDb();
    const text = await createBackup(original, NOW);
    expect(text).not.toContain('recallThresholds');
    const copy = freshDb();
    await restoreBackup(copy, checkBackup(text), 'replace');
    const studied = (db: AppDB) =>
      db.cards.where('recallThresholds').between([emesa.id, 90, -Infinity], [emesa.id, 90, Infinity]).count();
    expect(await studied(original)).toBe(2);
    expect(await studied(copy)).toBe(2);
  });

  it('names every table the database has, so a new table cannot be left out of backups', async () => {
    const db = freshDb();
    await db.open();
    expect(BACKUP_TABLES.map((t) => t.name).sort()).toEqual(db.tables.map((t) => t.name).sort());
  });

  it('records when the backup was made, which resets the reminder', async () => {
    const db = await studiedDb();
    expect(await oldestUnsavedReviewAt(db)).toBe(NOW.getTime());
    await createBackup(db, new Date(NOW.getTime() + 2 * HOUR));
    expect(await oldestUnsavedReviewAt(db)).toBeNull();
    await review(db, key(2), 'good', new Date(NOW.getTime() + 3 * HOUR));
    expect(await oldestUnsavedReviewAt(db)).toBe(NOW.getTime() + 3 * HOUR);
  });

  it('merge keeps the newer state of each card and every review once', async () => {
    const db = await studiedDb();
    const backup = checkBackup(await createBackup(db, NOW));
    // After the backup, this browser reviews card 0 again (newer here) ...
    await review(db, key(0), 'easy', new Date(NOW.getTime() + 5 * HOUR));
    // ... while the backup holds a newer state of card 2, from another browser.
    const other = freshDb();
    await restoreBackup(other, backup, 'replace');
    await review(other, key(2), 'hard', new Date(NOW.getTime() + 6 * HOUR));
    const otherBackup = checkBackup(await createBackup(other, NOW));

    await restoreBackup(db, otherBackup, 'merge');
    expect((await db.cards.get(key(0)))?.fsrs.reps).toBe(3);
    expect((await db.cards.get(key(2)))?.fsrs.last_review).toEqual(new Date(NOW.getTime() + 6 * HOUR));
    const logs = await db.reviewLogs.toArray();
    expect(logs.map((l) => `${l.cardKey}@${l.reviewedAt}`).sort()).toEqual(
      [
        `${key(0)}@${NOW.getTime()}`,
        `${key(0)}@${NOW.getTime() + HOUR}`,
        `${key(1)}@${NOW.getTime()}`,
        `${key(0)}@${NOW.getTime() + 5 * HOUR}`,
        `${key(2)}@${NOW.getTime() + 6 * HOUR}`,
      ].sort(),
    );
    expect(new Set(logs.map((l) => l.id)).size).toBe(5);
    // Merging the same backup again adds nothing.
    await restoreBackup(db, otherBackup, 'merge');
    expect(await db.reviewLogs.count()).toBe(5);
    // Local settings win over the backup's.
    expect((await db.settings.get('global'))?.settings.newPerDay).toBe(7);
  });

  it('merge takes the backup deck and its questions when the backup deck is newer', async () => {
    const db = freshDb();
    await loadDeck(db, emesa, { builtIn: true, now: NOW });
    const other = freshDb();
    const renamed = { ...emesa, title: 'Emesa, revised', questions: emesa.questions.slice(0, 3) };
    await loadDeck(other, emesa, { builtIn: true, now: NOW });
    await loadDeck(other, renamed, { builtIn: true, now: new Date(NOW.getTime() + HOUR) });
    await restoreBackup(db, checkBackup(await createBackup(other, NOW)), 'merge');
    expect((await db.decks.get(emesa.id))?.title).toBe('Emesa, revised');
  });

  it('replace makes the database the backup', async () => {
    const db = await studiedDb();
    const empty = freshDb();
    await loadDeck(empty, emesa, { builtIn: true, now: NOW });
    await restoreBackup(db, checkBackup(await createBackup(empty, NOW)), 'replace');
    expect(await db.reviewLogs.count()).toBe(0);
    expect(await db.decks.count()).toBe(1);
  });

  it('counts what a backup holds, for the confirmation', async () => {
    const counts = backupCounts(checkBackup(await createBackup(await studiedDb(), NOW)));
    expect(counts).toMatchObject({ decks: 2, reviewLogs: 3, settings: 1 });
  });

  it('writes nothing when a write fails part-way (one transaction)', async () => {
    const db = await studiedDb();
    const backup = checkBackup(await createBackup(db, NOW));
    const logs = backup.tables.get('reviewLogs') ?? [];
    // Two logs with the same id: the second add fails after the earlier tables were written.
    backup.tables.set('reviewLogs', [...logs, logs[0]]);
    const target = freshDb();
    await loadDeck(target, emesa, { builtIn: true, now: NOW });
    const before = await dump(target);
    await expect(restoreBackup(target, backup, 'replace')).rejects.toThrow();
    expect(await dump(target)).toEqual(before);
  });
});

describe('checkBackup rejects bad files before anything is written', () => {
  async function validText() {
    return createBackup(await studiedDb(), NOW);
  }
  const rejects = (text: string, message: RegExp) => {
    expect(() => checkBackup(text)).toThrow(BackupFormatError);
    expect(() => checkBackup(text)).toThrow(message);
  };

  it('not JSON', () => rejects('{"format": ', /not valid JSON/));
  it('some other JSON', () => rejects(JSON.stringify({ hello: 1 }), /not a Muster backup/));
  it('a newer backup version', async () => {
    const data = JSON.parse(await validText());
    rejects(JSON.stringify({ ...data, version: 99 }), /newer Muster/);
  });
  it('a table Muster does not know', async () => {
    const data = JSON.parse(await validText());
    rejects(JSON.stringify({ ...data, tables: { ...data.tables, spells: [] } }), /does not know \(spells\)/);
  });
  it('a damaged row, naming the table and the row', async () => {
    const data = JSON.parse(await validText());
    data.tables.cards[1].fsrs.due = 'yesterday';
    rejects(JSON.stringify(data), /cards do not read correctly[\s\S]*1\.fsrs\.due/);
  });
  it('accepts an older backup that lacks a table added since', async () => {
    const data = JSON.parse(await validText());
    delete data.tables.meta;
    expect(checkBackup(JSON.stringify(data)).tables.get('meta')).toEqual([]);
  });
});
