import { describe, expect, it } from 'vitest';
import type { Question } from '../shared/deck';
import { type Ranked, selectQuestions } from './select';

/** A typed question: blanked ("____") or not, from its own sentence unless one is given. */
function candidate(n: number, blanked: boolean, quote = `Sentence ${n}.`): Ranked {
  const question: Question = {
    id: `q${n}`,
    factId: `f${n}`,
    topic: 'dates',
    type: 'typed',
    prompt: blanked ? `Fact ${n} was in ____.` : `When was fact ${n}?`,
    answer: `answer ${n}`,
    source: { section: 'S', quote },
  };
  return { question, score: 100 - n };
}

const blanks = (questions: Question[]) => questions.filter((q) => q.prompt.includes('____')).length;

describe('selectQuestions', () => {
  it('keeps blanks to 25% of the deck when real questions can take their place', () => {
    const pool = Array.from({ length: 80 }, (_, n) => candidate(n, n % 2 === 0));
    const deck = selectQuestions(pool, 40);
    expect(deck).toHaveLength(40);
    expect(blanks(deck)).toBe(10);
  });

  it('takes one blank from a sentence at most', () => {
    const deck = selectQuestions(
      [candidate(1, true, 'Same.'), candidate(2, true, 'Same.'), candidate(3, false)],
      30,
    );
    expect(deck.map((q) => q.id)).toEqual(['q1', 'q3']);
  });

  it('holds back no blank from the lead, which states the headline facts', () => {
    const lead = { ...candidate(1, true, 'Lead.'), lead: true };
    const second = { ...candidate(2, true, 'Lead.'), lead: true };
    expect(selectQuestions([lead, second, candidate(3, false)], 30).map((q) => q.id)).toEqual([
      'q1',
      'q2',
      'q3',
    ]);
  });

  it('fills a deck that would fall short of 30 with the blanks held back', () => {
    const pool = Array.from({ length: 40 }, (_, n) => candidate(n, n >= 10));
    const deck = selectQuestions(pool, 40);
    expect(deck).toHaveLength(30);
    expect(blanks(deck)).toBe(20);
  });
});
