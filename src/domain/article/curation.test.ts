import { beforeAll, describe, expect, it } from 'vitest';
import { emesaArticle, readRepoFile } from '../../../tests/helpers/articles';
import { CurationError } from '../shared/errors';
import { parseCuration } from './curation';
import { deriveDeck } from './derive-deck';

const curationJson = readRepoFile('decks/siege-of-emesa/curation.json');

// The first derive loads the NLP library's lexicon: seconds on a busy machine, once per file.
beforeAll(() => {
  deriveDeck(emesaArticle);
}, 60_000);

describe('the Emesa deck', () => {
  it('is exactly what derive + curation.json produce (run `npm run derive` after changing either)', () => {
    const committed = JSON.parse(readRepoFile('decks/siege-of-emesa/deck.json'));
    expect(deriveDeck(emesaArticle, { curation: parseCuration(curationJson) })).toEqual(committed);
  });

  it('comes from the deriver with at most 10 hand edits and still asks on every topic', () => {
    const curation = parseCuration(curationJson);
    const deck = deriveDeck(emesaArticle, { curation });
    expect(deck.id).toBe('siege-of-emesa');
    expect(
      Object.keys(curation.drop ?? {}).length + Object.keys(curation.reword ?? {}).length,
    ).toBeLessThanOrEqual(10);
    expect(deck.questions.length).toBeGreaterThanOrEqual(20);
    expect(new Set(deck.questions.map((q) => q.topic)).size).toBe(5);
    const answers = deck.questions.map((q) => q.answer);
    for (const headline of ['Heraclius', 'Khalid ibn al-Walid', '638', '4,000', 'Siege lifted'])
      expect(answers).toContain(headline);
  });

  it('keeps every hand-edited choice question answerable: the answer is among its options exactly once', () => {
    const deck = deriveDeck(emesaArticle, { curation: parseCuration(curationJson) });
    for (const q of deck.questions.filter(
      (q) => q.options && q.type !== 'ordering' && q.type !== 'matching',
    )) {
      expect(
        q.options?.filter((o) => o === q.answer),
        q.id,
      ).toHaveLength(1);
    }
  });
});

describe('applyCuration', () => {
  const derived = deriveDeck(emesaArticle);
  const first = derived.questions[0];
  if (!first) throw new Error('the seed gives questions');
  const someId = derived.questions.find((q) => q.type === 'flashcard')?.id ?? '';

  it('drops, rewords (replacing the old answer among the options) and adds', () => {
    const mc = derived.questions.find((q) => q.type === 'multiple-choice');
    const deck = deriveDeck(emesaArticle, {
      curation: {
        drop: { [someId]: 'not worth knowing' },
        reword: { [mc?.id ?? '']: { prompt: 'Reworded?', answer: 'New answer' } },
        add: [{ ...first, id: 'added-1', source: { section: 'Lead', quote: 'The siege of Emesa in 638' } }],
      },
    });
    expect(deck.questions.at(-1)?.id).toBe('added-1');
    expect(deck.questions.map((q) => q.id)).not.toContain(someId);
    const reworded = deck.questions.find((q) => q.id === mc?.id);
    expect(reworded?.prompt).toBe('Reworded?');
    expect(reworded?.options).toContain('New answer');
    expect(reworded?.options).not.toContain(mc?.answer);
  });

  it('fails, naming the id, when an edit targets a question the deriver no longer makes', () => {
    expect(() => deriveDeck(emesaArticle, { curation: { drop: { 'places-gone-cz': 'x' } } })).toThrow(
      /places-gone-cz, which the deriver no longer produces/,
    );
  });

  it('refuses an added question whose quote is not in the article', () => {
    const added = { ...first, id: 'added-1', source: { section: 'Lead', quote: 'Not in the article.' } };
    expect(() =>
      deriveDeck(emesaArticle, { curation: parseCuration(JSON.stringify({ add: [added] })) }),
    ).toThrow(CurationError);
  });

  it('refuses a curation file that is not JSON or not in the format', () => {
    expect(() => parseCuration('{')).toThrow(/not valid JSON/);
    expect(() => parseCuration('{"drop": ["a"]}')).toThrow(/drop/);
  });
});
