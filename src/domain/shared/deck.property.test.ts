import fc from 'fast-check';
import { expect, it } from 'vitest';
import miniDeck from '../../../tests/fixtures/emesa-mini-deck.json';
import typesDeck from '../../../tests/fixtures/study-types-deck.json';
import { acceptedOrRefused, hostileInput, RUNS } from '../../../tests/helpers/fuzz';
import { parseDeckJson } from './deck';
import { DeckFormatError } from './errors';

const valid = [JSON.stringify(miniDeck), JSON.stringify(typesDeck, null, 2)];

it(`deck JSON: ${RUNS} generated and mutated files are a valid deck or refused with a sentence`, async () => {
  await fc.assert(
    fc.asyncProperty(hostileInput(...valid), (json) =>
      acceptedOrRefused(
        () => parseDeckJson(json),
        DeckFormatError,
        (deck) => {
          expect(new Set(deck.questions.map((q) => q.id)).size).toBe(deck.questions.length);
          for (const question of deck.questions) expect(question.prompt.trim()).not.toBe('');
        },
      ),
    ),
    { numRuns: RUNS },
  );
}, 60_000);

it('deck JSON is bounded: a file over the 2,000,000-character limit is refused before it is parsed', () => {
  const padded = `${JSON.stringify(miniDeck)}${' '.repeat(2_000_000)}`;
  expect(() => parseDeckJson(padded)).toThrow(/the limit is 2000 kB/);
});
