import { beforeAll, describe, expect, it } from 'vitest';
import { battleArticle } from '../../../tests/helpers/articles';
import { DeckFormatError } from '../shared/errors';
import { finishDraft, freeDeckId } from './deck-draft';
import { deriveDeck } from './derive-deck';

// The first derive loads the NLP library's lexicon: seconds on a busy machine, once per file.
beforeAll(() => {
  deriveDeck(battleArticle);
}, 60_000);

describe('finishDraft', () => {
  const deck = deriveDeck(battleArticle);
  const mc = deck.questions.find((q) => q.type === 'multiple-choice');
  const first = deck.questions[0];

  it('leaves dropped questions out, applies edits and keeps the rest as derived', () => {
    const saved = finishDraft(
      deck,
      {
        [first?.id ?? '']: { kept: false },
        [mc?.id ?? '']: { kept: true, prompt: 'Edited prompt?', answer: 'Edited answer' },
      },
      'my-deck',
    );
    expect(saved.id).toBe('my-deck');
    expect(saved.questions).toHaveLength(deck.questions.length - 1);
    const edited = saved.questions.find((q) => q.id === mc?.id);
    expect(edited).toMatchObject({ prompt: 'Edited prompt?', answer: 'Edited answer' });
    expect(edited?.options).toContain('Edited answer');
    expect(edited?.options).not.toContain(mc?.answer);
  });

  it('refuses to save a deck with every question dropped', () => {
    const all = Object.fromEntries(deck.questions.map((q) => [q.id, { kept: false }]));
    expect(() => finishDraft(deck, all, 'x')).toThrow(DeckFormatError);
  });
});

describe('freeDeckId', () => {
  it('keeps a free id and numbers a taken one', () => {
    expect(freeDeckId('a', new Set())).toBe('a');
    expect(freeDeckId('a', new Set(['a', 'a-2']))).toBe('a-3');
  });
});
