import { Dexie } from 'dexie';
import { expect, test } from 'vitest';
import { emesa, freshDb } from '../../tests/helpers/render-app';
import { AppDB } from './app-db';
import { loadDeck } from './load-deck';

/** The schema exactly as version 1 shipped it, to make a database the way old installs have it. */
function versionOneDb(name: string): Dexie {
  const old = new Dexie(name);
  old.version(1).stores({
    decks: 'id',
    questions: 'key, deckId, [deckId+position]',
    cards: 'key, deckId, [deckId+queue+due], [queue+due]',
    reviewLogs: '++id, cardKey, reviewedAt, [deckId+reviewedAt]',
    settings: 'scope',
    meta: 'key',
  });
  return old;
}

test('upgrading a version 1 database with data to version 2 keeps every row and adds the quiz tables', async () => {
  const name = freshDb().name;
  const seeded = versionOneDb(name);
  await seeded.open();
  await seeded.table('decks').add({ id: 'old-deck', title: 'Old', questionCount: 1 });
  await seeded.table('cards').add({ key: 'old-deck/q1', deckId: 'old-deck', queue: 'review', due: 5 });
  await seeded.table('reviewLogs').add({ cardKey: 'old-deck/q1', deckId: 'old-deck', reviewedAt: 3 });
  await seeded.table('settings').add({ scope: 'global', settings: { newPerDay: 7 } });
  expect(seeded.verno).toBe(1);
  seeded.close();

  const db = new AppDB(name);
  await db.open();
  expect(db.verno).toBe(2);
  expect(await db.decks.get('old-deck')).toMatchObject({ title: 'Old' });
  expect(await db.cards.get('old-deck/q1')).toMatchObject({ queue: 'review', due: 5 });
  expect(await db.reviewLogs.count()).toBe(1);
  expect(await db.settings.get('global')).toMatchObject({ settings: { newPerDay: 7 } });
  // The new tables are there and empty, and the old indexes still answer.
  expect(await db.assignments.count()).toBe(0);
  expect(
    await db.cards
      .where('[deckId+queue+due]')
      .between(['old-deck', 'review', 0], ['old-deck', 'review', 10])
      .count(),
  ).toBe(1);
  await db.mistakes.add({ cardKey: 'old-deck/q1', deckId: 'old-deck', addedAt: 1 });
  expect(await db.mistakes.where('deckId').equals('old-deck').count()).toBe(1);
  db.close();
});

test('a fresh database opens at version 2 and loads decks as before', async () => {
  const db = freshDb();
  await loadDeck(db, emesa, { builtIn: true, now: new Date('2026-03-02T09:00:00Z') });
  expect(db.verno).toBe(2);
  expect(await db.cards.count()).toBe(emesa.questions.length);
});
