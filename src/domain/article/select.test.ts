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
    // Digits reversed, never two alike side by side: the name key folds a doubled letter or digit.
    answer: `answer ${n % 10}${Math.floor(n / 10)}${Math.floor(n / 10) === n % 10 ? 'x' : ''}`,
    source: { section: 'S', quote },
  };
  return { question, score: 100 - n };
}

const blanks = (questions: Question[]) => questions.filter((q) => q.prompt.includes('____')).length;

describe('selectQuestions: the size and mix of a deck', () => {
  it('keeps blanks to a third of the deck, the rest real questions, best first', () => {
    const pool = Array.from({ length: 80 }, (_, n) => candidate(n, n % 2 === 0));
    const deck = selectQuestions(pool, 60);
    expect(deck).toHaveLength(60);
    expect(blanks(deck)).toBe(20);
    expect(deck.map((q) => q.id).slice(0, 3)).toEqual(['q0', 'q1', 'q2']);
  });

  it('pads no deck with blanks: an article with few real questions gives a smaller deck', () => {
    const pool = Array.from({ length: 40 }, (_, n) => candidate(n, n >= 10));
    const deck = selectQuestions(pool, 30);
    expect(deck).toHaveLength(15);
    expect(blanks(deck)).toBe(5);
  });

  it('fills up to the limit with the blanks held back when more questions are asked for', () => {
    const pool = Array.from({ length: 40 }, (_, n) => candidate(n, n >= 10));
    const deck = selectQuestions(pool, 30, { fill: true });
    expect(deck).toHaveLength(30);
    expect(blanks(deck)).toBe(20);
  });

  it('keeps every question of the default deck when more are asked for, even below higher-ranked blanks', () => {
    const pool = Array.from({ length: 50 }, (_, n) => candidate(n, n < 30));
    const reals = (questions: Question[]) => questions.length - blanks(questions);
    expect(reals(selectQuestions(pool, 30))).toBe(20);
    const more = selectQuestions(pool, 40, { fill: true });
    expect(more).toHaveLength(40);
    expect(reals(more)).toBe(20);
  });

  it('never goes past the limit with the lead blanks allowed past the share', () => {
    // Blanks ranked first fill the share, so the lead's blanks that follow count as extra.
    const ranked = (c: Ranked, score: number, lead = false): Ranked => ({ ...c, score, lead });
    const pool = [
      ...Array.from({ length: 14 }, (_, n) => ranked(candidate(n, true), 300 - n)),
      ...Array.from({ length: 10 }, (_, n) => ranked(candidate(20 + n, true), 200 - n, true)),
      ...Array.from({ length: 26 }, (_, n) => ranked(candidate(40 + n, false), 100 - n)),
    ];
    expect(selectQuestions(pool, 30)).toHaveLength(30);
  });

  it('fills a deck of an article that allows few or no real questions up to 15 with blanks', () => {
    const none = Array.from({ length: 20 }, (_, n) => candidate(n, true));
    expect(selectQuestions(none, 30)).toHaveLength(15);
    const two = Array.from({ length: 20 }, (_, n) => candidate(n, n >= 2));
    const deck = selectQuestions(two, 30);
    expect(deck).toHaveLength(15);
    expect(blanks(deck)).toBe(13);
  });

  it('takes one blank from a sentence at most, but more from the lead', () => {
    const deck = selectQuestions(
      [candidate(1, true, 'Same.'), candidate(2, true, 'Same.'), candidate(3, false)],
      30,
    );
    expect(deck.map((q) => q.id)).toEqual(['q1', 'q3']);
    const lead = { ...candidate(5, true, 'Lead.'), lead: true };
    const second = { ...candidate(6, true, 'Lead.'), lead: true };
    const reals = Array.from({ length: 4 }, (_, n) => candidate(10 + n, false));
    const picked = selectQuestions([lead, second, ...reals], 30).map((q) => q.id);
    expect(picked).toEqual(['q5', 'q6', 'q10', 'q11', 'q12', 'q13']);
  });

  it("adds up to four of the lead's blanks past the share, each on top of the real questions", () => {
    const lead = Array.from({ length: 12 }, (_, n) => ({ ...candidate(n, true), lead: true }));
    const reals = Array.from({ length: 10 }, (_, n) => candidate(20 + n, false));
    const deck = selectQuestions([...lead, ...reals], 80);
    expect(deck).toHaveLength(19);
    expect(blanks(deck)).toBe(9);
  });

  it('gives a blank of high rank its place before real questions of lower rank', () => {
    const pool = Array.from({ length: 60 }, (_, n) => candidate(n, n < 20));
    const deck = selectQuestions(pool, 30);
    expect(deck).toHaveLength(30);
    expect(blanks(deck)).toBe(10);
    expect(deck[0]?.id).toBe('q0');
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
