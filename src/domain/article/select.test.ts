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

const typed = (id: string, prompt: string, answer: string, quote: string): Question => ({
  id,
  factId: `fact-${id}`,
  topic: 'commanders',
  type: 'typed',
  prompt,
  answer,
  source: { section: 'Lead', quote },
});
const ranked = (question: Question, score: number, headline = false): Ranked => ({
  question,
  score,
  headline,
});

describe('selectQuestions: one fact, one question', () => {
  it('asks a fact once: the same answer to a prompt in other words is left out', () => {
    const picked = selectQuestions(
      [
        ranked(
          typed('a', 'By whom was Gore appointed to the US Senate?', 'Caleb Strong', 'He was appointed…'),
          180,
          true,
        ),
        ranked(
          typed(
            'b',
            'By whom was Gore appointed to the US Senate in 1813?',
            'Governor Caleb Strong',
            'Gore was appointed…',
          ),
          50,
        ),
        ranked(typed('c', 'Who defeated Gore in the election of 1816?', 'Caleb Strong', 'Strong won…'), 40),
      ],
      10,
    );
    expect(picked.map((q) => q.id)).toEqual(['a', 'c']);
  });

  it('keeps the best first and stops at the limit, headline questions before the rest', () => {
    const picked = selectQuestions(
      [
        ranked(typed('x', 'Where did the siege end?', 'Emesa', 'q1'), 10),
        ranked(typed('y', 'Who led the relief army?', 'Heraclius', 'q2'), 120, true),
        ranked(typed('z', 'In which year did the walls fall?', '636', 'q3'), 20),
      ],
      2,
    );
    expect(picked.map((q) => q.id)).toEqual(['y', 'z']);
  });
});
