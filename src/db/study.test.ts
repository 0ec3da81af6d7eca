import { describe, expect, it } from 'vitest';
import { emesa, freshDb } from '../../tests/helpers/render-app';
import { StaleCardError } from '../domain/shared/errors';
import { gradedCard } from '../domain/study/card';
import { createScheduler } from '../domain/study/scheduler';
import { DEFAULT_STUDY_SETTINGS } from '../domain/study/study-settings';
import { loadDeck } from './load-deck';
import { recordReview, todayQueue } from './study';

const NOW = new Date('2026-03-02T09:00:00Z');
const scheduler = createScheduler({ ...DEFAULT_STUDY_SETTINGS, enableFuzz: false });

async function seeded() {
  const db = freshDb();
  await loadDeck(db, emesa, { builtIn: true, now: NOW });
  const { queue } = await todayQueue(db, 'siege-of-emesa', NOW, 'UTC');
  const card = queue.fresh[0];
  if (!card) throw new Error('no new card');
  const result = scheduler.grade(card.fsrs, 'good', NOW);
  const after = gradedCard(card, result, 8);
  const log = {
    cardKey: card.key,
    deckId: card.deckId,
    factId: card.factId,
    grade: 'good' as const,
    reviewedAt: NOW.getTime(),
    durationMs: 3000,
    before: { queue: card.queue, due: card.due, leech: card.leech },
    fsrs: result.log,
  };
  return { db, card, after, log };
}

describe('recordReview', () => {
  it('writes the card and its review log together', async () => {
    const { db, card, after, log } = await seeded();
    await recordReview(db, card, after, log);
    expect(await db.cards.get(card.key)).toMatchObject({ queue: 'learning', due: NOW.getTime() + 600_000 });
    expect(await db.reviewLogs.where('cardKey').equals(card.key).count()).toBe(1);
  });

  it('refuses to grade a card from a state that is no longer stored, and writes nothing', async () => {
    const { db, card, after, log } = await seeded();
    await recordReview(db, card, after, log);
    await expect(recordReview(db, card, after, log)).rejects.toBeInstanceOf(StaleCardError);
    expect(await db.reviewLogs.count()).toBe(1);
  });

  it('counts the answered card out of today’s new cards and buries its sibling', async () => {
    const { db, card, after, log } = await seeded();
    await recordReview(db, card, after, log);
    const { queue } = await todayQueue(db, 'siege-of-emesa', NOW, 'UTC');
    expect(queue.fresh.map((c) => c.key)).not.toContain(card.key);
    expect(queue.learning.map((c) => c.key)).toEqual([card.key]);
  });
});
