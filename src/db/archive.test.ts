import { describe, expect, it } from 'vitest';
import { emesa, freshDb } from '../../tests/helpers/render-app';
import type { AppDB } from './app-db';
import { archivedCardsOf, deckUpdateImpact, restoreArchivedCard } from './archive';
import { loadDeck } from './load-deck';

const NOW = new Date('2026-03-02T09:00:00Z');
const DAY = 86_400_000;
const [studied, unstudied, third] = emesa.questions;
const key = (id: string | undefined) => `siege-of-emesa/${id}`;

/** The bundled deck with a studied card (three reviews and their logs) and an untouched one. */
async function studiedDeck(): Promise<AppDB> {
  const db = freshDb();
  await loadDeck(db, emesa, { builtIn: true, now: NOW });
  const card = await db.cards.get(key(studied?.id));
  if (!card) throw new Error('no card');
  await db.cards.put({
    ...card,
    queue: 'review',
    due: NOW.getTime() + 9 * DAY,
    fsrs: { ...card.fsrs, reps: 3 },
  });
  for (let i = 0; i < 3; i++) {
    await db.reviewLogs.add({
      cardKey: card.key,
      deckId: card.deckId,
      factId: card.factId,
      grade: 'good',
      reviewedAt: NOW.getTime() - (3 - i) * DAY,
      durationMs: 2000,
      before: { queue: 'new', due: 0, leech: false },
      fsrs: {} as never,
    });
  }
  return db;
}

const without = (...ids: (string | undefined)[]) => ({
  ...emesa,
  questions: emesa.questions.filter((question) => !ids.includes(question.id)),
});

describe('deck updates keep history', () => {
  it('archives a studied card whose question the new version lacks, with its question; its logs stay', async () => {
    const db = await studiedDeck();
    const next = without(studied?.id, unstudied?.id);
    expect(await deckUpdateImpact(db, next)).toEqual({
      kept: emesa.questions.length - 2,
      added: 0,
      archived: 1,
      removed: 1,
      restored: 0,
    });
    expect(await loadDeck(db, next, { builtIn: true, now: NOW })).toBe('updated');

    expect(await db.cards.get(key(studied?.id))).toBeUndefined();
    expect(await db.cards.get(key(unstudied?.id))).toBeUndefined();
    const archive = await archivedCardsOf(db, 'siege-of-emesa');
    expect(archive).toHaveLength(1);
    expect(archive[0]).toMatchObject({
      key: key(studied?.id),
      question: { prompt: studied?.prompt },
      card: { queue: 'review', due: NOW.getTime() + 9 * DAY, fsrs: { reps: 3 } },
      archivedAt: NOW.getTime(),
    });
    expect(await db.reviewLogs.where('cardKey').equals(key(studied?.id)).count()).toBe(3);
    // The archived card is out of study and out of the deck's question list.
    expect(await db.questions.get(key(studied?.id))).toBeUndefined();
    expect((await db.decks.get('siege-of-emesa'))?.questionCount).toBe(next.questions.length);
  });

  it('a later version that asks the question again takes the archived card back as it was', async () => {
    const db = await studiedDeck();
    await loadDeck(db, without(studied?.id), { builtIn: true, now: NOW });
    expect(await deckUpdateImpact(db, emesa)).toMatchObject({ restored: 1, added: 0, archived: 0 });
    await loadDeck(db, emesa, { builtIn: true, now: NOW });
    expect(await db.cards.get(key(studied?.id))).toMatchObject({ queue: 'review', fsrs: { reps: 3 } });
    expect(await db.archivedCards.count()).toBe(0);
  });

  it('Restore puts an archived card back last in its deck, schedule and history unchanged', async () => {
    const db = await studiedDeck();
    const next = without(studied?.id);
    await loadDeck(db, next, { builtIn: true, now: NOW });
    await restoreArchivedCard(db, key(studied?.id));
    expect(await db.archivedCards.count()).toBe(0);
    expect(await db.questions.get(key(studied?.id))).toMatchObject({
      prompt: studied?.prompt,
      position: next.questions.length,
    });
    expect(await db.cards.get(key(studied?.id))).toMatchObject({
      queue: 'review',
      due: NOW.getTime() + 9 * DAY,
    });
    expect((await db.decks.get('siege-of-emesa'))?.questionCount).toBe(emesa.questions.length);
    // Loading the same version again is a no-op: the restored card stays.
    expect(await loadDeck(db, next, { builtIn: true, now: NOW })).toBe('unchanged');
    expect(await db.cards.get(key(studied?.id))).toBeDefined();
  });

  it('says nothing about a deck that is not stored yet, and counts new questions as added', async () => {
    const db = freshDb();
    expect(await deckUpdateImpact(db, emesa)).toBeNull();
    await loadDeck(db, without(third?.id), { builtIn: true, now: NOW });
    expect(await deckUpdateImpact(db, emesa)).toMatchObject({ added: 1, kept: emesa.questions.length - 1 });
  });
});
