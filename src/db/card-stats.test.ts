import { describe, expect, it } from 'vitest';
import { emesaMini as emesa, freshDb } from '../../tests/helpers/render-app';
import { seedReviews } from '../../tests/helpers/seed-reviews';
import { daysFrom } from '../domain/stats/days';
import { DIFFICULTY_BANDS, STABILITY_BANDS } from '../domain/stats/distributions';
import { masteryOf } from '../domain/stats/mastery';
import { daysUntilRecallBelow } from '../domain/stats/recall-curve';
import { createScheduler } from '../domain/study/scheduler';
import { DEFAULT_STUDY_SETTINGS } from '../domain/study/study-settings';
import type { AppDB } from './app-db';
import {
  belowRecallLevels,
  dueForecast,
  masteryByTopic,
  memoryDistributions,
  reviewLoad,
  weakestCards,
} from './card-stats';
import { loadDeck } from './load-deck';

const scheduler = createScheduler({ ...DEFAULT_STUDY_SETTINGS, enableFuzz: false });
// 10:00 in Paris on 2 March 2026; the study day starts at 4 AM Paris time (03:00 UTC).
const NOW = new Date('2026-03-02T09:00:00Z');
const PARIS = { dayStartHour: 4, timeZone: 'Europe/Paris' };
const DECK = 'siege-of-emesa';
const other = { ...emesa, id: 'other-deck', title: 'Another deck', questions: emesa.questions.slice(0, 3) };

/** Hand-made history; Easy on a new card gives 8 days, and Good 8 days later 39 more (no fuzz). */
async function seeded() {
  const db = freshDb();
  await loadDeck(db, emesa, { builtIn: true, now: new Date('2026-01-01T00:00:00Z') });
  await loadDeck(db, other, { builtIn: false, now: new Date('2026-01-01T00:00:00Z') });
  await seedReviews(db, DECK, [
    { questionId: 'date-siege-year', grade: 'easy', at: '2026-02-22T09:00:00Z' }, // due now, today
    { questionId: 'date-siege-year-ah', grade: 'easy', at: '2026-02-24T03:30:00Z' }, // 4 Mar 04:30 Paris
    { questionId: 'commander-defender', grade: 'easy', at: '2026-02-24T02:30:00Z' }, // 4 Mar 03:30: the 3rd
    { questionId: 'commander-defender-mc', grade: 'easy', at: '2026-02-01T09:00:00Z' }, // overdue
    { questionId: 'commander-byzantine', grade: 'good', at: '2026-03-02T08:55:00Z' }, // learning, 10 min
    { questionId: 'place-emesa-homs', grade: 'easy', at: '2026-02-20T08:00:00Z' },
    { questionId: 'place-emesa-homs', grade: 'good', at: '2026-02-28T08:00:00Z' }, // 8 April: later
    { questionId: 'place-tribes-home', grade: 'easy', at: '2026-02-22T09:00:00Z' }, // then suspended
  ]);
  const leech = await db.cards.get(`${DECK}/place-tribes-home`);
  if (leech) await db.cards.put({ ...leech, queue: 'suspended', leech: true });
  await seedReviews(db, 'other-deck', [
    { questionId: 'date-siege-year', grade: 'again', at: '2026-03-02T08:00:00Z' },
  ]);
  return db;
}

const below = (db: AppDB) => belowRecallLevels(db, [DECK], NOW.getTime());

const studiedOf = async (db: Awaited<ReturnType<typeof seeded>>, deckId: string) =>
  (await db.cards.where('deckId').equals(deckId).toArray()).filter((card) => card.queue !== 'new');

describe('card statistics from index counts', () => {
  it('forecasts reviews per Paris study day, overdue on today, suspended and new cards left out', async () => {
    const db = await seeded();
    const days = daysFrom(NOW, 30, PARIS);
    const deck = await dueForecast(db, DECK, days);
    expect(deck.perSpan.slice(0, 4)).toEqual([3, 1, 1, 0]);
    expect(deck.perSpan.reduce((a, b) => a + b, 0)).toBe(5);
    expect(deck.overdue).toBe(1);
    expect(deck.later).toBe(1);
    // Every deck: the other deck's relearning card is due today too.
    expect((await dueForecast(db, undefined, days)).perSpan[0]).toBe(4);
  });

  it('gives the daily load of the cards in review', async () => {
    const db = await seeded();
    expect(await reviewLoad(db, [DECK])).toBeCloseTo(4 / 8 + 1 / 39, 9);
    expect(await reviewLoad(db, [DECK, 'other-deck'])).toBeCloseTo(4 / 8 + 1 / 39, 9);
    expect(await reviewLoad(db, ['other-deck'])).toBe(0);
  });

  it('counts mastery per topic as each card’s own standing says', async () => {
    const db = await seeded();
    const rows = await masteryByTopic(db, [DECK], NOW.getTime());
    expect(rows).toEqual([
      { topic: 'commanders', learning: 1, weak: 1, known: 1, total: 3 },
      { topic: 'dates', learning: 0, weak: 1, known: 1, total: 2 },
      { topic: 'places', learning: 0, weak: 1, known: 1, total: 2 },
    ]);
    for (const card of await studiedOf(db, DECK)) {
      const row = rows.find((r) => r.topic === card.topic);
      const level = masteryOf(card, NOW.getTime());
      expect(level && row?.[level]).toBeGreaterThan(0);
    }
    const both = await masteryByTopic(db, [DECK, 'other-deck'], NOW.getTime());
    expect(both.find((row) => row.topic === 'dates')).toMatchObject({ learning: 1, total: 3 });
  });

  it('counts stability, difficulty and recall bands exactly as the cards themselves give them', async () => {
    const db = await seeded();
    const studied = await studiedOf(db, DECK);
    const result = await memoryDistributions(db, [DECK], await belowRecallLevels(db, [DECK], NOW.getTime()));
    expect(result.cards).toBe(studied.length);
    const bandCounts = (bands: typeof STABILITY_BANDS, value: (card: (typeof studied)[number]) => number) =>
      bands.map(({ from, to }) => studied.filter((card) => value(card) >= from && value(card) < to).length);
    expect(result.stability.map((b) => b.count)).toEqual(
      bandCounts(STABILITY_BANDS, (c) => c.fsrs.stability),
    );
    expect(result.difficulty.map((b) => b.count)).toEqual(
      bandCounts(DIFFICULTY_BANDS, (c) => c.fsrs.difficulty),
    );
    const recalls = studied.map((card) => scheduler.retrievability(card.fsrs, NOW));
    expect(result.retrievability.map((b) => b.count)).toEqual(
      result.retrievability.map(
        (_, i) => recalls.filter((r) => Math.min(9, Math.floor(r * 10)) === i).length,
      ),
    );
    // The card overdue since 9 February has dropped well below 90%.
    expect(result.retrievability.slice(0, 9).some((b) => b.count > 0)).toBe(true);
    expect(result.shareAbove90).toBe(recalls.filter((r) => r >= 0.9).length / studied.length);
  });

  it('lists the weakest cards, lowest chance of recall first', async () => {
    const db = await seeded();
    const recalls = (await studiedOf(db, DECK))
      .map((card) => scheduler.retrievability(card.fsrs, NOW))
      .sort((a, b) => a - b);
    for (const count of [1, 3, 20]) {
      const weakest = await weakestCards(db, [DECK], NOW, count, await below(db), scheduler);
      expect(weakest.map((c) => c.recall)).toEqual(recalls.slice(0, count));
    }
    const first = await weakestCards(db, [DECK], NOW, 1, await below(db), scheduler);
    expect(first[0]?.card.questionId).toBe('commander-defender-mc');
  });

  it('puts range edges on the right side: due at a day’s start is that day’s, recall’s drop instant counts', async () => {
    const db = await seeded();
    const days = daysFrom(NOW, 30, PARIS);
    const card = await db.cards.get(`${DECK}/date-siege-year-ah`);
    const tomorrow = days[1]?.start ?? 0;
    if (!card?.fsrs.last_review) throw new Error('no studied card');
    await db.cards.put({ ...card, due: tomorrow });
    expect((await dueForecast(db, DECK, days)).perSpan.slice(0, 3)).toEqual([3, 2, 0]);
    // Move its last review so that recall drops below 90% exactly now.
    const dropsAfter = daysUntilRecallBelow(card.fsrs.stability, 0.9) * 86_400_000;
    const lastReview = new Date(NOW.getTime() - dropsAfter);
    await db.cards.put({ ...card, fsrs: { ...card.fsrs, last_review: lastReview } });
    const moved = { ...card.fsrs, last_review: lastReview };
    expect(scheduler.retrievability(moved, NOW)).toBeLessThan(0.9);
    expect(scheduler.retrievability(moved, new Date(NOW.getTime() - 1))).toBeGreaterThanOrEqual(0.9);
    const at = (time: number) => belowRecallLevels(db, [DECK], time).then((counts) => counts[8] ?? 0);
    expect((await at(NOW.getTime())) - (await at(NOW.getTime() - 1))).toBe(1);
  });
});
