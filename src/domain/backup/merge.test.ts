import { describe, expect, it } from 'vitest';
import { decksWonByBackup, isNewerCard, mergeCards, mergeReviewLogs, unionBy } from './merge';

const at = (iso: string) => new Date(iso);
const card = (key: string, reps: number, last?: string) => ({
  key,
  fsrs: { reps, last_review: last === undefined ? undefined : at(last) },
});

describe('isNewerCard', () => {
  it('prefers the later last review', () => {
    expect(isNewerCard(card('a', 5, '2026-03-01'), card('a', 1, '2026-03-02'))).toBe(true);
    expect(isNewerCard(card('a', 1, '2026-03-02'), card('a', 5, '2026-03-01'))).toBe(false);
  });
  it('breaks a tie by the number of reviews; a reviewed card beats a new one', () => {
    expect(isNewerCard(card('a', 1, '2026-03-01'), card('a', 2, '2026-03-01'))).toBe(true);
    expect(isNewerCard(card('a', 2, '2026-03-01'), card('a', 2, '2026-03-01'))).toBe(false);
    expect(isNewerCard(card('a', 0), card('a', 1, '2026-03-01'))).toBe(true);
    expect(isNewerCard(card('a', 1, '2026-03-01'), card('a', 0))).toBe(false);
  });
});

describe('mergeCards', () => {
  it('keeps the newer of each card and every card from both sides', () => {
    const merged = mergeCards(
      [card('a', 3, '2026-03-05'), card('b', 1, '2026-03-01')],
      [card('a', 2, '2026-03-04'), card('b', 2, '2026-03-02'), card('c', 0)],
    );
    expect(merged).toEqual([card('a', 3, '2026-03-05'), card('b', 2, '2026-03-02'), card('c', 0)]);
  });
});

describe('mergeReviewLogs', () => {
  const log = (id: number, cardKey: string, reviewedAt: number) => ({ id, cardKey, reviewedAt });
  it('is the union of both sides without duplicates; backup-only logs lose their ids', () => {
    const merged = mergeReviewLogs(
      [log(1, 'a', 100), log(2, 'b', 100)],
      [log(1, 'a', 100), log(2, 'a', 200), log(3, 'a', 200)],
    );
    expect(merged).toEqual([log(1, 'a', 100), log(2, 'b', 100), { cardKey: 'a', reviewedAt: 200 }]);
  });
});

describe('decksWonByBackup and unionBy', () => {
  it('a backup deck wins when it is newer or missing here', () => {
    const won = decksWonByBackup(
      [
        { id: 'a', updatedAt: 5 },
        { id: 'b', updatedAt: 5 },
      ],
      [
        { id: 'a', updatedAt: 6 },
        { id: 'b', updatedAt: 5 },
        { id: 'c', updatedAt: 1 },
      ],
    );
    expect([...won].sort()).toEqual(['a', 'c']);
  });
  it('keeps local rows on a clash unless told otherwise', () => {
    const rows = unionBy(
      [{ k: 'x', v: 1 }],
      [
        { k: 'x', v: 2 },
        { k: 'y', v: 3 },
      ],
      (row) => row.k,
    );
    expect(rows).toEqual([
      { k: 'x', v: 1 },
      { k: 'y', v: 3 },
    ]);
  });
});
