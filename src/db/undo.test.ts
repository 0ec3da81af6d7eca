import { describe, expect, it } from 'vitest';
import { answerCard, testScheduler } from '../../tests/helpers/answer-card';
import { emesa, freshDb } from '../../tests/helpers/render-app';
import { StaleCardError } from '../domain/shared/errors';
import { suspendedLeeches, unsuspendCard } from './leeches';
import { loadDeck } from './load-deck';
import { todayQueue, undoReview } from './study';

const NOW = new Date('2026-03-02T09:00:00Z');
const rollback = testScheduler.rollback;

async function firstCard() {
  const db = freshDb();
  await loadDeck(db, emesa, { builtIn: true, now: NOW });
  const { queue } = await todayQueue(db, 'siege-of-emesa', NOW, 'UTC');
  const card = queue.fresh[0];
  if (!card) throw new Error('no new card');
  return { db, card };
}

const minutesLater = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe('undoReview', () => {
  it('restores the card and deletes the log in one step, several times in a row', async () => {
    const { db, card } = await firstCard();
    const first = await answerCard(db, card, 'good', NOW);
    const second = await answerCard(db, first.after, 'good', minutesLater(11));
    expect(await db.reviewLogs.count()).toBe(2);

    const back = await undoReview(db, second.id, rollback);
    expect(back).toMatchObject({ queue: 'learning', due: first.after.due });
    expect(back.fsrs.reps).toBe(first.after.fsrs.reps);
    expect(await db.reviewLogs.count()).toBe(1);

    const original = await undoReview(db, first.id, rollback);
    expect(original).toMatchObject({ queue: 'new', due: card.due, leech: false });
    expect(original.fsrs.reps).toBe(0);
    expect(await db.cards.get(card.key)).toEqual(original);
    expect(await db.reviewLogs.count()).toBe(0);

    // The card is back in today's new cards, and can be answered again from there.
    const { queue } = await todayQueue(db, 'siege-of-emesa', NOW, 'UTC');
    expect(queue.fresh[0]?.key).toBe(card.key);
    await answerCard(db, original, 'easy', NOW);
    expect(await db.reviewLogs.count()).toBe(1);
  });

  it('refuses to undo an answer twice, or one that is not the card’s latest, and changes nothing', async () => {
    const { db, card } = await firstCard();
    const first = await answerCard(db, card, 'good', NOW);
    const second = await answerCard(db, first.after, 'good', minutesLater(11));
    await expect(undoReview(db, first.id, rollback)).rejects.toBeInstanceOf(StaleCardError);
    await undoReview(db, second.id, rollback);
    await expect(undoReview(db, second.id, rollback)).rejects.toBeInstanceOf(StaleCardError);
    expect(await db.reviewLogs.count()).toBe(1);
    expect((await db.cards.get(card.key))?.fsrs.reps).toBe(1);
  });

  it('un-suspends a card that became a leech when its lapse is undone', async () => {
    const { db, card } = await firstCard();
    const learnt = (await answerCard(db, card, 'easy', NOW)).after;
    // Threshold 1: the first lapse makes it a leech.
    const lapse = await answerCard(db, learnt, 'again', new Date(learnt.due + 1000), 1);
    expect(lapse.after).toMatchObject({ queue: 'suspended', leech: true });
    expect((await suspendedLeeches(db, 'siege-of-emesa')).map((c) => c.key)).toEqual([card.key]);

    const restored = await undoReview(db, lapse.id, rollback);
    expect(restored).toMatchObject({ queue: 'review', leech: false });
    expect(await suspendedLeeches(db, 'siege-of-emesa')).toEqual([]);
  });
});

describe('leeches', () => {
  it('suspends a card at 8 lapses, lists it, and frees it when asked', async () => {
    const { db, card } = await firstCard();
    let current = (await answerCard(db, card, 'easy', NOW)).after;
    for (let lapse = 1; lapse <= 8; lapse++) {
      const at = new Date(Math.max(current.due, NOW.getTime()) + 1000);
      current = (await answerCard(db, current, 'again', at)).after;
      if (lapse < 8) {
        expect(current.leech).toBe(false);
        // Relearn it: Good after the relearning step brings it back to review.
        current = (await answerCard(db, current, 'good', new Date(current.due + 1000))).after;
      }
    }
    expect(current).toMatchObject({ queue: 'suspended', leech: true });
    expect(current.fsrs.lapses).toBe(8);
    expect((await suspendedLeeches(db, 'siege-of-emesa')).map((c) => c.key)).toEqual([card.key]);

    const later = new Date(current.due + 5000);
    await unsuspendCard(db, card.key, later);
    expect(await db.cards.get(card.key)).toMatchObject({
      queue: 'learning',
      due: later.getTime(),
      leech: true,
    });
    expect(await suspendedLeeches(db, 'siege-of-emesa')).toEqual([]);
  });
});
