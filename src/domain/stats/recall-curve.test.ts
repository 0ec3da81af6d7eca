import fc from 'fast-check';
import { default_w, FSRS6_DEFAULT_DECAY } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { createScheduler, newFsrsCard } from '../study/scheduler';
import { DEFAULT_SCHEDULER_SETTINGS } from '../study/study-settings';
import { daysUntilRecallBelow, FSRS6_DECAY, recallAfterDays } from './recall-curve';

const NOW = new Date('2026-03-02T09:00:00Z');
const DAY = 86_400_000;
const settings = { ...DEFAULT_SCHEDULER_SETTINGS, enableFuzz: false };

describe('recallAfterDays', () => {
  it('is ts-fsrs’s default curve, to the last digit', () => {
    expect(FSRS6_DECAY).toBe(FSRS6_DEFAULT_DECAY);
    expect(FSRS6_DECAY).toBe(default_w[20]);
    const scheduler = createScheduler(settings);
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 36_500, noNaN: true }), fc.nat(100_000), (stability, days) => {
        expect(recallAfterDays(stability, days)).toBe(scheduler.recallAfter(stability, days));
      }),
    );
  });
});

describe('daysUntilRecallBelow', () => {
  it('is the first whole day on which retrievability falls below the level', () => {
    const scheduler = createScheduler(settings);
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 5000, noNaN: true }),
        fc.integer({ min: 1, max: 9 }),
        (stability, tenths) => {
          const level = tenths / 10;
          const days = daysUntilRecallBelow(stability, level);
          // FSRS-6's long tail puts low levels beyond the last date a Date can hold.
          fc.pre(NOW.getTime() + days * DAY < 8e15);
          const card = {
            ...scheduler.grade(newFsrsCard(NOW), 'good', NOW).card,
            stability,
            last_review: NOW,
          };
          const recallOn = (day: number) =>
            scheduler.retrievability(card, new Date(NOW.getTime() + day * DAY));
          expect(recallOn(days)).toBeLessThan(level);
          if (days > 0) expect(recallOn(days - 1)).toBeGreaterThanOrEqual(level);
        },
      ),
    );
  });

  it('puts 90% at about one stability', () => {
    expect(daysUntilRecallBelow(10, 0.9)).toBe(11);
    expect(daysUntilRecallBelow(0.5, 0.9)).toBe(1);
  });
});

describe('daysUntilRecallBelow on the long tail', () => {
  it('finds the day even where rounding holds recall flat for thousands of days', () => {
    const days = daysUntilRecallBelow(36_500, 0.1);
    expect(recallAfterDays(36_500, days)).toBeLessThan(0.1);
    expect(recallAfterDays(36_500, days - 1)).toBeGreaterThanOrEqual(0.1);
  });
});
