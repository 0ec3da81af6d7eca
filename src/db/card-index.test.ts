import { describe, expect, it } from 'vitest';
import { emesaMini as emesa, freshDb } from '../../tests/helpers/render-app';
import { seedReviews } from '../../tests/helpers/seed-reviews';
import { loadDeck } from './load-deck';

const DECK = 'siege-of-emesa';
const KEY = `${DECK}/date-siege-year`;

async function studied() {
  const db = freshDb();
  await loadDeck(db, emesa, { builtIn: true, now: new Date('2026-02-01T00:00:00Z') });
  await seedReviews(db, DECK, [{ questionId: 'date-siege-year', grade: 'easy', at: '2026-02-22T09:00:00Z' }]);
  return db;
}

const keysBelow90 = (db: Awaited<ReturnType<typeof studied>>) =>
  db.cards.where('recallThresholds').between([DECK, 90, -Infinity], [DECK, 90, Infinity]).primaryKeys();

describe('derived card keys', () => {
  it('are written with every card and never read back, whichever way the card is read', async () => {
    const db = await studied();
    expect(await keysBelow90(db)).toEqual([KEY]);
    const reads = [
      await db.cards.get(KEY),
      ...(await db.cards.bulkGet([KEY])),
      ...(await db.cards.where('deckId').equals(DECK).toArray()),
      ...(await db.cards.filter((card) => card.key === KEY).toArray()),
    ];
    await db.cards.each((card) => {
      reads.push(card);
    });
    expect(reads.length).toBeGreaterThan(4);
    for (const card of reads) expect(card).not.toHaveProperty('recallThresholds');
  });

  it('follow a card changed with update, and leave with it', async () => {
    const db = await studied();
    await db.cards.update(KEY, { queue: 'new', due: 0 });
    expect(await keysBelow90(db)).toEqual([]);
    await db.cards.update(KEY, { queue: 'review' });
    expect(await keysBelow90(db)).toEqual([KEY]);
    await db.cards.delete(KEY);
    expect(await keysBelow90(db)).toEqual([]);
  });
});
