import { fsrs, Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { createScheduler, gradeOf, newFsrsCard, phaseOf } from './scheduler';
import { DEFAULT_SCHEDULER_SETTINGS } from './study-settings';

const NOW = new Date('2026-03-02T09:00:00Z');
const settings = { ...DEFAULT_SCHEDULER_SETTINGS, enableFuzz: false };
const MINUTE = 60_000;
const DAY = 86_400_000;

describe('scheduler', () => {
  it('moves a new card graded Good into its second learning step, due in 10 minutes', () => {
    const scheduler = createScheduler(settings);
    const { card, log } = scheduler.grade(newFsrsCard(NOW), 'good', NOW);
    expect(phaseOf(card)).toBe('learning');
    expect(card.due.getTime() - NOW.getTime()).toBe(10 * MINUTE);
    expect(gradeOf(log)).toBe('good');
  });

  it('graduates a card after Good on the last learning step: due days ahead, in review', () => {
    const scheduler = createScheduler(settings);
    const first = scheduler.grade(newFsrsCard(NOW), 'good', NOW).card;
    const later = new Date(NOW.getTime() + 10 * MINUTE);
    const { card } = scheduler.grade(first, 'good', later);
    expect(phaseOf(card)).toBe('review');
    expect(card.due.getTime() - later.getTime()).toBeGreaterThanOrEqual(DAY);
  });

  it('puts a card graded Again back on the first learning step, due in 1 minute', () => {
    const scheduler = createScheduler(settings);
    const { card } = scheduler.grade(newFsrsCard(NOW), 'again', NOW);
    expect(phaseOf(card)).toBe('learning');
    expect(card.due.getTime() - NOW.getTime()).toBe(MINUTE);
  });

  it('sends a review card that is forgotten to relearning and counts the lapse', () => {
    const scheduler = createScheduler(settings);
    let card = scheduler.grade(newFsrsCard(NOW), 'easy', NOW).card;
    expect(phaseOf(card)).toBe('review');
    card = scheduler.grade(card, 'again', card.due).card;
    expect(phaseOf(card)).toBe('relearning');
    expect(card.lapses).toBe(1);
  });

  it('gives the same state after a series of reviews as ts-fsrs itself', () => {
    const scheduler = createScheduler(settings);
    const reference = fsrs({ enable_fuzz: false, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] });
    const grades = ['good', 'good', 'hard', 'again', 'good', 'easy'] as const;
    const ratings = [Rating.Good, Rating.Good, Rating.Hard, Rating.Again, Rating.Good, Rating.Easy] as const;
    let ours = newFsrsCard(NOW);
    let theirs = newFsrsCard(NOW);
    grades.forEach((grade, i) => {
      const at = new Date(Math.max(ours.due.getTime(), NOW.getTime()) + i * MINUTE);
      ours = scheduler.grade(ours, grade, at).card;
      theirs = reference.next(theirs, at, ratings[i] ?? Rating.Good).card;
    });
    expect(ours).toEqual(theirs);
    expect(ours.reps).toBe(6);
  });

  it('previews every grade with Again shortest and Easy longest', () => {
    const scheduler = createScheduler(settings);
    const outcome = scheduler.preview(newFsrsCard(NOW), NOW);
    const due = (g: keyof typeof outcome) => outcome[g].card.due.getTime();
    expect(due('again')).toBeLessThan(due('hard'));
    expect(due('hard')).toBeLessThan(due('good'));
    expect(due('good')).toBeLessThan(due('easy'));
  });

  it('asks for a higher retention with shorter intervals', () => {
    const relaxed = createScheduler({ ...settings, desiredRetention: 0.8 });
    const strict = createScheduler({ ...settings, desiredRetention: 0.97 });
    const graduate = (s: typeof relaxed) => s.grade(newFsrsCard(NOW), 'easy', NOW).card.due.getTime();
    expect(graduate(strict)).toBeLessThan(graduate(relaxed));
  });

  it('rolls a grade back to the card it was given', () => {
    const scheduler = createScheduler(settings);
    const before = scheduler.grade(newFsrsCard(NOW), 'good', NOW).card;
    const { card, log } = scheduler.grade(before, 'again', new Date(NOW.getTime() + 10 * MINUTE));
    expect(scheduler.rollback(card, log)).toEqual(before);
  });

  it('gives a never-reviewed card zero retrievability, a just-reviewed one nearly 1', () => {
    const scheduler = createScheduler(settings);
    const card = newFsrsCard(NOW);
    expect(scheduler.retrievability(card, NOW)).toBe(0);
    const reviewed = scheduler.grade(card, 'easy', NOW).card;
    expect(scheduler.retrievability(reviewed, new Date(NOW.getTime() + MINUTE))).toBeGreaterThan(0.99);
  });
});

describe('recallAfter', () => {
  it('is 90% one stability after the review, higher before and lower after', () => {
    const scheduler = createScheduler(settings);
    expect(scheduler.recallAfter(10, 0)).toBeCloseTo(1, 5);
    expect(scheduler.recallAfter(10, 10)).toBeCloseTo(0.9, 5);
    expect(scheduler.recallAfter(10, 5)).toBeGreaterThan(0.9);
    expect(scheduler.recallAfter(10, 30)).toBeLessThan(0.9);
  });

  it('agrees with retrievability for a review card', () => {
    const scheduler = createScheduler(settings);
    const card = scheduler.grade(newFsrsCard(NOW), 'easy', NOW).card;
    const later = new Date(NOW.getTime() + 6 * DAY);
    expect(scheduler.recallAfter(card.stability, 6)).toBeCloseTo(scheduler.retrievability(card, later), 6);
  });
});

describe('fuzz', () => {
  const fuzzy = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, enableFuzz: true });
  // A card in review with a few weeks' stability: every grade but Again is fuzzed.
  const reviewCard = (key: string) => {
    let card = fuzzy.grade(newFsrsCard(NOW), 'easy', NOW, key).card;
    card = fuzzy.grade(card, 'good', card.due, key).card;
    return card;
  };

  it('gives at the grade the interval the button showed at reveal, seconds earlier', () => {
    for (const key of ['deck/q1', 'deck/q2', 'deck/q3', 'deck/q4', 'deck/q5']) {
      const card = reviewCard(key);
      const revealed = new Date(card.due.getTime() + 3_600_000);
      const answered = new Date(revealed.getTime() + 40_000);
      const shown = fuzzy.preview(card, revealed, key);
      for (const grade of ['again', 'hard', 'good', 'easy'] as const) {
        expect(fuzzy.grade(card, grade, answered, key).card.scheduled_days, `${key} ${grade}`).toBe(
          shown[grade].card.scheduled_days,
        );
      }
    }
  });

  it('still spreads different cards, and keeps the seed out of the stored card', () => {
    const intervals = new Set(Array.from({ length: 20 }, (_, i) => reviewCard(`deck/q${i}`).scheduled_days));
    expect(intervals.size).toBeGreaterThan(1);
    expect(reviewCard('deck/q1')).not.toHaveProperty('musterCardId');
    const card = reviewCard('deck/q1');
    expect(fuzzy.preview(card, card.due, 'deck/q1').good.card).not.toHaveProperty('musterCardId');
  });
});
