import { describe, expect, it } from 'vitest';
import { cardHistory, forgettingCurve } from './card-history';
import { newCard, review, testScheduler } from './review-fixtures';

const MINUTE = 60_000;
const DAY = 86_400_000;

describe('cardHistory', () => {
  it('lists each answer with the phase it was in and the interval it gave', () => {
    const { card, logs } = review(newCard('a'), [
      ['2026-03-01T09:00:00Z', 'again'],
      ['2026-03-01T09:01:00Z', 'good'],
      ['2026-03-01T09:11:00Z', 'good'],
    ]);
    const rows = cardHistory([...logs].reverse(), card);
    expect(rows.map((r) => [r.grade, r.phase])).toEqual([
      ['again', 'new'],
      ['good', 'learning'],
      ['good', 'learning'],
    ]);
    expect(rows[0]?.intervalMs).toBe(MINUTE);
    expect(rows[1]?.intervalMs).toBe(10 * MINUTE);
    expect(rows[2]?.intervalMs).toBe(card.due - Date.parse('2026-03-01T09:11:00Z'));
    expect(rows[2]?.intervalMs).toBeGreaterThanOrEqual(DAY);
  });
});

describe('forgettingCurve', () => {
  const { card } = review(newCard('a'), [['2026-03-01T09:00:00Z', 'easy']]);
  const now = new Date('2026-03-05T09:00:00Z');

  it('falls from certain recall at the review to the desired retention around the due date', () => {
    const curve = forgettingCurve(card.fsrs, now, testScheduler);
    if (!curve) throw new Error('expected a curve');
    expect(curve.elapsedDays).toBe(4);
    expect(curve.dueDay).toBe(8);
    expect(curve.horizonDays).toBe(12);
    expect(curve.points[0]).toEqual({ day: 0, recall: 1 });
    const recalls = curve.points.map((p) => p.recall);
    expect(recalls.every((r, i) => i === 0 || r < (recalls[i - 1] ?? 1))).toBe(true);
    expect(curve.recallNow).toBeCloseTo(testScheduler.retrievability(card.fsrs, now), 6);
    expect(testScheduler.recallAfter(card.fsrs.stability, curve.dueDay)).toBeGreaterThan(0.89);
  });

  it('has no curve for a card never reviewed', () => {
    expect(forgettingCurve(newCard('b').fsrs, now, testScheduler)).toBeNull();
  });
});
