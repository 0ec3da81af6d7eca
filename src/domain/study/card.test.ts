import { describe, expect, it } from 'vitest';
import { type CardRecord, gradedCard, isLeechLapse, queueOfPhase } from './card';
import { createScheduler, newFsrsCard, phaseOf } from './scheduler';

const START = new Date('2026-03-02T09:00:00Z');
const scheduler = createScheduler();
const THRESHOLD = 4;

function newCard(): CardRecord {
  return {
    key: 'd/q1',
    deckId: 'd',
    questionId: 'q1',
    factId: 'q1',
    topic: 'dates',
    queue: 'new',
    due: 0,
    fsrs: newFsrsCard(START),
    leech: false,
  };
}

/** Grades the card when it is due (never before START) and returns it as the app would store it. */
function grade(card: CardRecord, choice: 'again' | 'good', threshold = THRESHOLD): CardRecord {
  const at = new Date(Math.max(card.fsrs.due.getTime(), START.getTime()));
  return gradedCard(card, scheduler.grade(card.fsrs, choice, at), threshold);
}

/** Learns the card to review, then forgets it once and relearns it (one lapse). */
function lapseOnce(card: CardRecord, threshold = THRESHOLD): CardRecord {
  let next = card;
  while (phaseOf(next.fsrs) !== 'review') next = grade(next, 'good', threshold);
  next = grade(next, 'again', threshold);
  if (next.queue === 'suspended') return next;
  while (phaseOf(next.fsrs) !== 'review') next = grade(next, 'good', threshold);
  return next;
}

/** What the deck page's Unsuspend does to the card (src/db/leeches.ts). */
const unsuspended = (card: CardRecord): CardRecord => ({
  ...card,
  queue: queueOfPhase(phaseOf(card.fsrs)),
});

describe('leeches', () => {
  it('flags a leech at the threshold, then again every half threshold, as Anki does', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter((lapses) => isLeechLapse(lapses, 4))).toEqual([
      4, 6, 8, 10,
    ]);
    expect([7, 8, 9, 10, 11, 12, 16].filter((lapses) => isLeechLapse(lapses, 8))).toEqual([8, 12, 16]);
    // Half of 1 rounds down to 0: every lapse from the threshold on counts.
    expect([1, 2, 3].filter((lapses) => isLeechLapse(lapses, 1))).toEqual([1, 2, 3]);
    expect([1, 2, 3, 4].filter((lapses) => isLeechLapse(lapses, 3))).toEqual([3, 4]);
  });

  it('suspends a card at its 4th lapse; unsuspended, it keeps the tag and is suspended again at the 6th', () => {
    let card = newCard();
    for (let lapse = 1; lapse <= 3; lapse++) {
      card = lapseOnce(card);
      expect(card).toMatchObject({ queue: 'review', leech: false });
    }
    card = lapseOnce(card);
    expect(card.fsrs.lapses).toBe(4);
    expect(card).toMatchObject({ queue: 'suspended', leech: true });

    card = lapseOnce(unsuspended(card));
    expect(card.fsrs.lapses).toBe(5);
    expect(card).toMatchObject({ queue: 'review', leech: true });

    card = lapseOnce(card);
    expect(card.fsrs.lapses).toBe(6);
    expect(card).toMatchObject({ queue: 'suspended', leech: true });
  });

  it('never suspends on a grade that is not a lapse, even at a leech count', () => {
    let card = newCard();
    for (let lapse = 1; lapse <= 4; lapse++) card = lapseOnce(card);
    const freed = unsuspended(card);
    // Lapses stay at 4 (a leech count) while the card is remembered: it stays in the queue.
    expect(grade(freed, 'good')).toMatchObject({ queue: 'review', leech: true });
  });

  it('suspends an untagged card at its next lapse once it is past the threshold (the threshold was lowered)', () => {
    let card = newCard();
    for (let lapse = 1; lapse <= 9; lapse++) card = lapseOnce(card, 20);
    expect(card).toMatchObject({ queue: 'review', leech: false });
    // Nine lapses under a threshold of 20; the learner lowers it to 8. The 10th lapse is not
    // one of Anki's counts for 8 (8, 12, …), but the card was never flagged: flag it now.
    expect(lapseOnce(card, 8)).toMatchObject({ queue: 'suspended', leech: true });
  });
});
