import { describe, expect, it } from 'vitest';
import { deriveDeck } from './derive-deck';
import { MAX_SENTENCE_CHARS, splitSentencesNlp } from './nlp';
import { parseArticle } from './parse-article';
import { excerpt } from './question-kit';

/** The worst case for sentence-level work: one sentence as long as an article may be. */
function oneSentence(chars: number): string {
  const clause = 'the army of General Teodor Vask marched from Holmgard to Tarnow with 1,200 men and ';
  return `= The Long March =\n\n${clause.repeat(Math.ceil(chars / clause.length)).slice(0, chars)}.`;
}

describe('deriving stays bounded on a run-on sentence', () => {
  it('cuts a 1 MB sentence into quotable pieces of bounded length', () => {
    const article = parseArticle(oneSentence(999_000), splitSentencesNlp);
    const pieces = article.lead.flatMap((p) => p.sentences);
    expect(pieces.length).toBeGreaterThan(999_000 / MAX_SENTENCE_CHARS - 1);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(article.text).toContain(piece);
    }
  }, 60_000);

  it('derives a teacher-sized deck from a 1 MB one-sentence article, every prompt short', () => {
    const deck = deriveDeck(oneSentence(999_000));
    expect(deck.questions.length).toBeGreaterThan(0);
    expect(deck.questions.length).toBeLessThanOrEqual(80);
    for (const q of deck.questions) {
      expect(q.prompt.length).toBeLessThan(600);
      expect(q.source.quote.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    }
  }, 120_000);
});

describe('dates and infobox lists', () => {
  const marathon = [
    '= Battle of Marathon =',
    '',
    'Infobox',
    '- Date: September 490 BC',
    '- Commander1: Miltiades, Callimachus',
    '- Commander2: Datis, Artaphernes, Hippias (deposed, Athenian tyrant)',
    '',
    'The Battle of Marathon took place in 490 BC, during the first Persian invasion of Greece.',
  ].join('\n');

  it('keeps BC on a year: never "In which year (AD)"', () => {
    const deck = deriveDeck(marathon);
    const dated = deck.questions.find((q) => q.source.quote.startsWith('Date:'));
    expect(dated?.answer).toBe('490 BC');
    expect(dated?.accepted).toContain('490 BCE');
    expect(deck.questions.some((q) => /\(AD\)/.test(q.prompt))).toBe(false);
  });

  it('splits an infobox list only outside brackets; without sides, no other commander is a wrong option', () => {
    const deck = deriveDeck(marathon);
    expect(deck.questions.some((q) => q.answer === 'Hippias (deposed')).toBe(false);
    const commanders = [
      'Miltiades',
      'Callimachus',
      'Datis',
      'Artaphernes',
      'Hippias (deposed, Athenian tyrant)',
    ];
    for (const q of deck.questions.filter((q) => q.prompt.startsWith('Which of these was a commander'))) {
      expect(commanders).toContain(q.answer);
      expect(q.options?.filter((o) => o !== q.answer && commanders.includes(o))).toEqual([]);
    }
  });
});

describe('excerpt', () => {
  // Regression: a long run with no space near the answer recursed until the stack overflowed
  // (found by the article property test: "MarenMarenMaren…" with no spaces).
  it('shows a bounded part of a long run that has no spaces, around the answer', () => {
    const run = `${'Maren'.repeat(400)} Holt ${'Maren'.repeat(400)}`;
    const shown = excerpt(run, run.indexOf('Holt'), 4);
    expect(shown).toContain('Holt');
    expect(shown.length).toBeLessThan(run.length / 2);
  });
});
