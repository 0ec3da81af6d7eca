import { Dexie } from 'dexie';
import { expect, test } from 'vitest';
import { emesa, freshDb } from '../../tests/helpers/render-app';
import { createScheduler, newFsrsCard } from '../domain/study/scheduler';
import { DEFAULT_STUDY_SETTINGS } from '../domain/study/study-settings';
import { AppDB } from './app-db';
import { loadDeck } from './load-deck';

const VERSION_ONE = {
  decks: 'id',
  questions: 'key, deckId, [deckId+position]',
  cards: 'key, deckId, [deckId+queue+due], [queue+due]',
  reviewLogs: '++id, cardKey, reviewedAt, [deckId+reviewedAt]',
  settings: 'scope',
  meta: 'key',
};

/** The schema exactly as version 1 shipped it, to make a database the way old installs have it. */
function versionOneDb(name: string): Dexie {
  const old = new Dexie(name);
  old.version(1).stores(VERSION_ONE);
  return old;
}

/** Version 2 as it shipped: version 1 plus the quiz tables, cards without derived keys. */
function versionTwoDb(name: string): Dexie {
  const old = versionOneDb(name);
  old.version(2).stores({
    quizAttempts: '++id, deckId, finishedAt',
    assignments: 'id, savedAt',
    assignmentAttempts: 'id, assignmentId',
    gradebookResults: 'attemptId, assignmentId',
    mistakes: 'cardKey, deckId',
  });
  return old;
}

/** Version 3 as it shipped: the statistics' card indexes (its keys come from the middleware, absent here). */
function versionThreeDb(name: string): Dexie {
  const old = versionTwoDb(name);
  old.version(3).stores({
    cards:
      'key, deckId, [deckId+queue+due], [queue+due], [deckId+topic+queue+due], [deckId+fsrs.stability], ' +
      '[deckId+fsrs.difficulty], [deckId+queue+fsrs.scheduled_days], *recallThresholds',
  });
  return old;
}

test('upgrading a version 1 database with data keeps every row and adds the quiz tables', async () => {
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
  expect(db.verno).toBe(4);
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

test('upgrading a version 2 database indexes its studied cards for the statistics, changing nothing else', async () => {
  const name = freshDb().name;
  const reviewedAt = new Date('2026-03-01T09:00:00Z');
  const scheduler = createScheduler({ ...DEFAULT_STUDY_SETTINGS, enableFuzz: false });
  const fsrs = scheduler.grade(newFsrsCard(reviewedAt), 'easy', reviewedAt).card;
  const studied = {
    key: 'old-deck/q1',
    deckId: 'old-deck',
    questionId: 'q1',
    factId: 'f1',
    topic: 'dates',
    queue: 'review',
    due: fsrs.due.getTime(),
    fsrs,
    leech: false,
  };
  const fresh = {
    ...studied,
    key: 'old-deck/q2',
    questionId: 'q2',
    queue: 'new',
    due: 1,
    fsrs: newFsrsCard(reviewedAt),
  };
  const seeded = versionTwoDb(name);
  await seeded.open();
  await seeded.table('cards').bulkAdd([studied, fresh]);
  await seeded.table('quizAttempts').add({ deckId: 'old-deck', finishedAt: 7 });
  seeded.close();

  const db = new AppDB(name);
  await db.open();
  expect(db.verno).toBe(4);
  // The app reads the cards exactly as they were; the derived keys stay inside IndexedDB.
  expect(await db.cards.get('old-deck/q1')).toEqual(studied);
  expect(await db.cards.get('old-deck/q2')).toEqual(fresh);
  expect(await db.quizAttempts.count()).toBe(1);
  // Ten days after an Easy first answer, recall is below 90% but not below 80%.
  const tenDaysOn = reviewedAt.getTime() + 10 * 86_400_000;
  const below = (level: number) =>
    db.cards
      .where('recallThresholds')
      .between(['old-deck', level, -Infinity], ['old-deck', level, tenDaysOn], true, true)
      .count();
  expect(scheduler.retrievability(fsrs, new Date(tenDaysOn))).toBeLessThan(0.9);
  expect(scheduler.retrievability(fsrs, new Date(tenDaysOn))).toBeGreaterThan(0.8);
  expect([await below(90), await below(80)]).toEqual([1, 0]);
  expect(
    await db.cards
      .where('[deckId+topic+queue+due]')
      .between(['old-deck', 'dates', 'review', 0], ['old-deck', 'dates', 'review', Infinity])
      .count(),
  ).toBe(1);
  db.close();
});

test('a fresh database opens at version 4 and loads decks as before', async () => {
  const db = freshDb();
  await loadDeck(db, emesa, { builtIn: true, now: new Date('2026-03-02T09:00:00Z') });
  expect(db.verno).toBe(4);
  expect(await db.cards.count()).toBe(emesa.questions.length);
});

test('upgrading a version 3 database adds an empty card archive and keeps every deck update working', async () => {
  const name = freshDb().name;
  const old = versionThreeDb(name);
  await old.open();
  await old.table('decks').add({ id: 'old-deck', title: 'Old', questionCount: 1 });
  await old.table('reviewLogs').add({ cardKey: 'old-deck/q1', deckId: 'old-deck', reviewedAt: 3 });
  expect(old.verno).toBe(3);
  old.close();

  const db = new AppDB(name);
  await db.open();
  expect(db.verno).toBe(4);
  expect(await db.decks.get('old-deck')).toMatchObject({ title: 'Old' });
  expect(await db.reviewLogs.count()).toBe(1);
  expect(await db.archivedCards.count()).toBe(0);
  await loadDeck(db, emesa, { builtIn: true, now: new Date('2026-03-02T09:00:00Z') });
  expect(await db.archivedCards.where('deckId').equals('siege-of-emesa').count()).toBe(0);
  db.close();
});
