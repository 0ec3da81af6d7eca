import { describe, expect, it } from 'vitest';
import type { Question } from '../shared/deck';
import { type Ranked, selectQuestions } from './select';

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

describe('selectQuestions', () => {
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
