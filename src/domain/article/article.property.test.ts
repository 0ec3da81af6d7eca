import fc from 'fast-check';
import { expect, it } from 'vitest';
import { acceptedOrRefused, hostileInput, RUNS } from '../../../tests/helpers/fuzz';
import { parseDeck } from '../shared/deck';
import { ArticleFormatError, CurationError, MusterError } from '../shared/errors';
import { parseCuration } from './curation';
import { deriveDeck } from './derive-deck';
import { MAX_ARTICLE_CHARS, parseArticle } from './parse-article';

/** Small articles, so that 2,000 derivations stay quick; the shapes the format allows. */
const articles = [
  '= Siege of Tarvel (912) =\n\nInfobox\n- Date: 912 AD\n- Commander1: Orin Vale, Sera Holt\n- Strength1: 4,000\n\nThe siege of Tarvel was fought in 912. Orin Vale led 4,000 men in order to take the river crossing.\n\n== Aftermath ==\nSera Holt held Tarvel until 915.\n',
  '= Maren Holt =\n\nInfobox\n- Born: 1201\n- Died: 1266\n- Battles: Tarvel, Osk\n\nMaren Holt was a captain. In 1240 she marched to Osk so that the garrison could leave.\n',
];

it(`article: ${RUNS} generated and mutated articles derive a valid deck or are refused with a sentence`, async () => {
  await fc.assert(
    fc.asyncProperty(hostileInput(...articles), (text) =>
      acceptedOrRefused(
        () => deriveDeck(text),
        // ArticleFormatError names the line; a derived deck the deck format refuses (a title
        // too long, say) is a DeckFormatError naming the field.
        MusterError,
        // The deck contract's own check (ids unique, fields and sizes valid) passes on what was derived.
        (deck) => expect(parseDeck(JSON.parse(JSON.stringify(deck)))).toEqual(deck),
      ),
    ),
    { numRuns: RUNS },
  );
}, 60_000);

it('article is bounded: one character over 1,000,000 is refused before it is read', () => {
  expect(() => parseArticle(`= T =\n\n${'a'.repeat(MAX_ARTICLE_CHARS)}`)).toThrow(ArticleFormatError);
});

it('article parsing is bounded by size: a 1,000,000-character one-sentence article parses into one paragraph', () => {
  const title = '= Long =\n\n';
  const sentence = 'word '.repeat((MAX_ARTICLE_CHARS - title.length - 1) / 5).trimEnd();
  const article = parseArticle(`${title}${sentence}.`);
  expect(article.lead.length + article.sections.length).toBeGreaterThan(0);
});

const curations = [
  JSON.stringify({ id: 'siege-of-tarvel-912', aliases: [['Tarvel', 'Tarvelon']], drop: { x: 'why' } }),
  '{"reword":{"q1":{"prompt":"Who?"}},"add":[]}',
];

it(`curation: ${RUNS} generated and mutated files parse or are refused with a sentence`, async () => {
  await fc.assert(
    fc.asyncProperty(hostileInput(...curations), (json) =>
      acceptedOrRefused(
        () => parseCuration(json),
        CurationError,
        (curation) => expect(typeof curation).toBe('object'),
      ),
    ),
    { numRuns: RUNS },
  );
}, 60_000);

it('curation is bounded: a file over 500,000 characters is refused before it is parsed', () => {
  expect(() => parseCuration(`{}${' '.repeat(500_000)}`)).toThrow(CurationError);
});
