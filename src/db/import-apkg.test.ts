import { beforeAll, describe, expect, it } from 'vitest';
import { apkgFixture, nodeSqlJs } from '../../tests/helpers/apkg';
import { freshDb } from '../../tests/helpers/render-app';
import { readApkg } from '../domain/interchange/apkg-import';
import type { ApkgPreview } from '../domain/interchange/apkg-read';
import type { AppDB } from './app-db';
import { saveApkgImport } from './import-apkg';
import { planImport } from './import-decks';

const NOW = new Date('2026-03-10T09:00:00Z');
let preview: ApkgPreview;
beforeAll(async () => {
  preview = readApkg(apkgFixture('anki21'), await nodeSqlJs());
});

async function importPackage(db: AppDB, sha = 'a') {
  const plan = await planImport(db, preview.cards);
  return saveApkgImport(db, {
    plan,
    title: 'unused',
    topic: 'strategy',
    fileName: 'history.apkg',
    sha256: sha.repeat(64),
    now: NOW,
  });
}

const day = (iso: string) => new Date(iso).getTime();

describe('saving an Anki package with its history', () => {
  it('gives each card its Anki due date, FSRS memory from its history, and its answers as review logs', async () => {
    const db = freshDb();
    const result = await importPackage(db);
    expect(result).toEqual({ deckIds: ['history-rome', 'history-greece'], scheduled: 9, reviews: 32 });

    const founder = await db.cards.get('history-rome/anki-muster-founder');
    expect(founder).toMatchObject({ queue: 'review', due: day('2026-03-10T04:00:00Z'), leech: false });
    // Anki's interval (10 days) is kept as the scheduled one; the memory is FSRS's replay.
    expect(founder?.fsrs).toMatchObject({ state: 2, scheduled_days: 10, reps: 5, lapses: 0 });
    expect(founder?.fsrs.stability).toBeGreaterThan(5);
    expect(founder?.fsrs.last_review).toEqual(new Date('2026-02-28T09:00:00.004Z'));
    expect(await db.cards.get('history-rome/anki-muster-rubicon')).toMatchObject({
      queue: 'review',
      due: day('2026-03-15T04:00:00Z'),
    });
    const capital = await db.cards.get('history-rome/anki-muster-capital');
    expect(capital).toMatchObject({ queue: 'review', due: day('2026-03-12T04:00:00Z') });
    expect(capital?.fsrs.lapses).toBe(1);
    expect(await db.cards.get('history-rome/anki-muster-capital-reverse')).toMatchObject({
      queue: 'new',
      fsrs: { reps: 0 },
    });
    // The leech stays suspended and tagged.
    expect(await db.cards.get('history-greece/anki-muster-marathon')).toMatchObject({
      queue: 'suspended',
      leech: true,
      fsrs: { lapses: 8 },
    });
    // The manual "set due date" on a new card is no answer: the card stays new, with no log.
    expect(await db.cards.get('history-greece/anki-muster-herodotus')).toMatchObject({ queue: 'new' });

    const logs = await db.reviewLogs
      .where('cardKey')
      .equals('history-rome/anki-muster-founder')
      .sortBy('reviewedAt');
    expect(logs.map((log) => [new Date(log.reviewedAt).toISOString(), log.grade, log.durationMs])).toEqual([
      ['2026-02-10T09:00:00.000Z', 'good', 8000],
      ['2026-02-10T09:00:00.001Z', 'good', 5000],
      ['2026-02-11T09:00:00.002Z', 'good', 4000],
      ['2026-02-15T09:00:00.003Z', 'good', 6000],
      ['2026-02-28T09:00:00.004Z', 'hard', 9000],
    ]);
    expect(logs[0]?.before).toMatchObject({ queue: 'new' });
    expect(logs[4]?.before.queue).toBe('review');
  });

  it('keeps Muster progress and adds no logs twice when the same package is imported again', async () => {
    const db = freshDb();
    await importPackage(db);
    await db.cards.update('history-rome/anki-muster-founder', { due: day('2026-04-01T00:00:00Z') });
    const again = await importPackage(db, 'b');
    expect(again.deckIds).toEqual(['history-rome', 'history-greece']);
    expect(again.reviews).toBe(0);
    expect(await db.reviewLogs.count()).toBe(32);
    expect((await db.cards.get('history-rome/anki-muster-founder'))?.due).toBe(day('2026-04-01T00:00:00Z'));
  });

  it('writes nothing when a deck of the package cannot be saved', async () => {
    const db = freshDb();
    const plan = await planImport(db, preview.cards);
    const broken = {
      ...plan[1],
      cards: [{ ...preview.cards[8], guid: 'x'.repeat(300) }],
    } as (typeof plan)[number];
    await expect(
      saveApkgImport(db, {
        plan: [plan[0] as (typeof plan)[number], broken],
        title: 'unused',
        topic: 'strategy',
        fileName: 'history.apkg',
        sha256: 'c'.repeat(64),
        now: NOW,
      }),
    ).rejects.toThrow();
    expect(await db.decks.filter((deck) => !deck.builtIn).count()).toBe(0);
    expect(await db.reviewLogs.count()).toBe(0);
    expect(await db.cards.where('deckId').equals('history-rome').count()).toBe(0);
  });
});
