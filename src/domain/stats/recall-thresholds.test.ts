import { describe, expect, it } from 'vitest';
import { RECALL_LEVELS, recallThresholds } from './recall-thresholds';
import { newCard, review, testScheduler } from './review-fixtures';

const reviewed = review(newCard('q1'), [['2026-02-25T09:00:00Z', 'easy']]).card;

/** Recall now is below a level exactly when that level's instant has come. */
function levelsBelow(at: Date): number[] {
  return recallThresholds(reviewed)
    .filter(([, , instant]) => instant <= at.getTime())
    .map(([, level]) => level);
}

describe('recallThresholds', () => {
  it('gives one instant per level for a studied card, later for lower levels', () => {
    const keys = recallThresholds(reviewed);
    expect(keys.map(([deck, level]) => [deck, level])).toEqual(RECALL_LEVELS.map((level) => ['deck', level]));
    const instants = keys.map(([, , at]) => at);
    expect([...instants].sort((a, b) => b - a)).toEqual(instants);
  });

  it('agrees with the chance of recall on any later day', () => {
    for (const days of [0, 1, 8, 9, 30, 200, 2000]) {
      const at = new Date(Date.parse('2026-02-25T09:00:00Z') + days * 86_400_000 + 3_600_000);
      const recall = testScheduler.retrievability(reviewed.fsrs, at) * 100;
      expect(levelsBelow(at)).toEqual(RECALL_LEVELS.filter((level) => recall < level));
    }
  });

  it('gives a new card no keys', () => {
    expect(recallThresholds(newCard('q2'))).toEqual([]);
  });

  it('gives a card with a damaged memory state no keys rather than failing', () => {
    const damaged = (fsrs: Partial<typeof reviewed.fsrs>) => ({
      ...reviewed,
      fsrs: { ...reviewed.fsrs, ...fsrs },
    });
    expect(recallThresholds(damaged({ stability: Number.NaN }))).toEqual([]);
    expect(recallThresholds(damaged({ stability: 0 }))).toEqual([]);
    expect(recallThresholds(damaged({ last_review: new Date('not a date') }))).toEqual([]);
    expect(recallThresholds(damaged({ last_review: undefined }))).toEqual([]);
    expect(recallThresholds({ ...reviewed, fsrs: undefined } as unknown as typeof reviewed)).toEqual([]);
  });
});
