import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { allArticles, battleArticle, biographyArticle, emesaArticle } from '../../../tests/helpers/articles';
import { parseDeck, QUESTION_TYPES, TOPICS } from '../shared/deck';
import { ArticleFormatError } from '../shared/errors';
import { sha256Hex } from '../shared/sha256';
import { deriveDeck, slugify } from './derive-deck';
import { extractFacts } from './facts';
import { isNameOf } from './names';
import { parseArticle } from './parse-article';

// The first derive loads the NLP library's lexicon: seconds on a busy machine, once per file.
beforeAll(() => {
  deriveDeck(battleArticle);
}, 60_000);

describe('deriveDeck', () => {
  it("never asks the article's subject, even by a shorter form of its title", () => {
    const raw =
      '= No. 20 Squadron RAAF =\n\nNo. 20 Squadron is a Royal Australian Air Force support squadron. Coming under the control of No. 96 Wing, it is responsible for the management of the airfield at RAAF Base Woomera, South Australia. Raised in August 1941, it operated Catalina flying boats from bases in New Guinea, Queensland and the Northern Territory. In September 1944, No. 20 Squadron became part of No. 76 Wing, and moved to Darwin.\n';
    const answers = deriveDeck(raw).questions.map((q) => q.answer);
    expect(answers).not.toContain('No. 20 Squadron');
    expect(answers).toContain('No. 96 Wing');
  });

  it('never offers a bare common word ("Empire") as a place or a person', () => {
    const raw =
      '= Nerva =\n\nNerva was Roman Emperor from 96 to 98. The empire was weak. A successor would have to be chosen from among the governors or generals in the Empire. Trajan was governor in Mainz. Nerva died in Rome. Domitian lived in Narni.\n';
    const answers = deriveDeck(raw).questions.map((q) => q.answer);
    expect(answers).toContain('Mainz');
    expect(answers).not.toContain('Empire');
    // Nor "the Empire" cut short from "the Roman Empire", as an answer or a wrong option.
    const cut = deriveDeck(raw.replace('The empire was weak.', 'He ruled the Roman Empire.')).questions;
    expect(cut.map((q) => q.answer)).toContain('Mainz');
    expect(cut.flatMap((q) => [q.answer, ...(q.options ?? [])])).not.toContain('Empire');
  });

  it('takes a ship named elsewhere with its prefix ("CSS Virginia") for a ship, never a person', () => {
    const raw =
      "= Ironclad warship =\n\nAn ironclad is a steam-propelled warship. In February 1862, the larger CSS Virginia joined the Confederate Navy, having been rebuilt at Norfolk. The first battle between ironclads happened on 9 March 1862, as the armored Monitor was deployed to protect the Union's wooden fleet from the ironclad ram Virginia and other Confederate warships. HMS Warrior was launched in 1860. CSS Manassas was a Confederate ironclad. USS Keokuk sank in 1863.\n";
    const aboutVirginia = deriveDeck(raw).questions.filter((q) => q.answer === 'Virginia');
    expect(aboutVirginia.length).toBeGreaterThan(0);
    for (const q of aboutVirginia) expect(q.prompt).not.toMatch(/^Who|whom/);
  });

  it('never blanks the end of a name joined by "y" or "e" ("José Melgar y ____")', () => {
    const raw =
      '= Olmec colossal heads =\n\nThe Olmec colossal heads are stone heads from Mexico. In 1862, José Melgar y Serrano described a colossal head as having "Ethiopian" features. In February 2010, the Mexican Secretaría de Relaciones Exteriores announced that the Instituto Nacional de Antropología e Historia would be donating a replica Olmec colossal head to Ethiopia. Matthew Stirling excavated the head in 1938 at Tres Zapotes in Veracruz.\n';
    const answers = deriveDeck(raw).questions.map((q) => q.answer);
    expect(answers).not.toContain('Serrano');
    expect(answers).not.toContain('Historia');
  });

  it('never starts a prompt with a fragment left from a heading line ("Washington, D.C. A replica…")', () => {
    const raw =
      '= Olmec colossal heads =\n\nThe Olmec colossal heads are stone heads from Mexico.\n\nWashington, D.C. A replica of San Lorenzo Head 4 sculpted by Ignacio Perez Solano was placed near the Constitution Avenue entrance of the Smithsonian National Museum of Natural History in October 2001.\n';
    const prompts = deriveDeck(raw).questions.map((q) => q.prompt);
    expect(prompts.some((p) => p.includes('San Lorenzo Head 4'))).toBe(true);
    expect(prompts.some((p) => p.includes('D.C. A replica'))).toBe(false);
    expect(prompts.some((p) => p.startsWith('Washington'))).toBe(false);
  });

  it('is deterministic: the same article gives the same deck, ids included', () => {
    expect(deriveDeck(emesaArticle)).toEqual(deriveDeck(emesaArticle));
  });

  it('carries the article, its title and its SHA-256, with an id slugged from the title', () => {
    const deck = deriveDeck(battleArticle);
    expect(deck.id).toBe('battle-of-varnholt-ford-1412');
    expect(deck.title).toBe('Battle of Varnholt Ford (1412)');
    expect(deck.article).toBe(parseArticle(battleArticle).text);
    expect(deck.source.sha256).toBe(sha256Hex(deck.article ?? ''));
  });

  it.each(Object.entries(allArticles))(
    'quotes the %s article verbatim and explains every question',
    (_, text) => {
      const deck = deriveDeck(text);
      for (const question of deck.questions) {
        expect(deck.article).toContain(question.source.quote);
        expect(question.explanation?.length ?? 0).toBeGreaterThan(5);
      }
    },
  );

  it('asks a teacher-sized deck by default, headline facts first, every topic of the seed; more on request', () => {
    const deck = deriveDeck(emesaArticle, { curation: { aliases: [['Emesa', 'Homs']] } });
    expect(deck.questions.length).toBeGreaterThanOrEqual(30);
    expect(deck.questions.length).toBeLessThanOrEqual(80);
    expect(new Set(deck.questions.map((q) => q.topic))).toEqual(new Set(TOPICS));
    expect(deck.questions[0]?.source.section).toBe('Infobox');
    const more = deriveDeck(emesaArticle, { limit: 5000 });
    expect(more.questions.length).toBeGreaterThan(deck.questions.length);
    expect(more.questions.slice(0, 10)).toEqual(deriveDeck(emesaArticle, { limit: 10 }).questions);
    expect(new Set(more.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(QUESTION_TYPES.length - 2);
  });

  it('uses what a biography infobox offers: birth year, birthplace, battles in time order', () => {
    const deck = deriveDeck(biographyArticle);
    const prompts = deck.questions.map((q) => q.prompt);
    expect(prompts).toContain('In which year was Maren Halvik born?');
    expect(deck.questions.find((q) => q.prompt === 'Where was Maren Halvik born?')?.answer).toBe('Kessling');
    expect(deck.questions.find((q) => q.type === 'ordering')?.answer).toEqual([
      'Battle of Dunmere',
      'Battle of the Sorn',
      'Siege of Pellin',
      'Siege of Orvath',
    ]);
  });

  it('changes only the ids of questions from a paragraph that was edited', () => {
    // Every candidate kept, so the test sees ids change, not a different selection.
    const before = deriveDeck(emesaArticle, { limit: 5000 });
    const edited = emesaArticle.replace('Acknowledging a huge Arab', 'Seeing a huge Arab');
    const after = deriveDeck(edited, { limit: 5000 });
    const fromEdited = (quote: string) =>
      quote.includes('a huge Arab Christian army marching to his position');
    const idsOutside = (deck: typeof before) =>
      deck.questions.filter((q) => !fromEdited(q.source.quote)).map((q) => q.id);
    expect(idsOutside(after)).toEqual(idsOutside(before));
    const changed = before.questions.filter((q) => fromEdited(q.source.quote));
    expect(changed.length).toBeGreaterThan(0);
    for (const q of changed) expect(after.questions.map((a) => a.id)).not.toContain(q.id);
  });

  it('asks each fact once: no cloze, typed and true/false copies of one sentence', () => {
    const deck = deriveDeck(emesaArticle, { limit: 5000 });
    const facts = deck.questions.map((q) => q.factId);
    expect(new Set(facts).size).toBe(facts.length);
  });

  it.each(Object.entries(allArticles))(
    'never offers another name of the answer as a distractor (%s)',
    (_, text) => {
      const facts = extractFacts(parseArticle(text));
      const deck = deriveDeck(text);
      for (const question of deck.questions) {
        if (question.type !== 'multiple-choice' || typeof question.answer !== 'string') continue;
        const entity = facts.registry.find(question.answer);
        if (!entity) continue;
        const aliases = (question.options ?? []).filter((o) => o !== question.answer && isNameOf(entity, o));
        expect(aliases, question.id).toEqual([]);
      }
    },
  );

  it('makes false true/false statements by swapping in a different entity, and says what is true', () => {
    const deck = deriveDeck(emesaArticle, { limit: 5000 });
    const falses = deck.questions.filter((q) => q.type === 'true-false' && q.answer === 'False');
    expect(falses.length).toBeGreaterThan(0);
    for (const q of falses) expect(q.explanation).toMatch(/^False/);
  });

  it('slugs titles into deck ids', () => {
    expect(slugify('Siege of Emesa (638)')).toBe('siege-of-emesa-638');
    expect(slugify('Hīt – Circesium!')).toBe('hit-circesium');
    expect(slugify('???')).toBe('deck');
  });
});

/** Random articles built from the fixtures' own lines, shuffled and cut: messy but article-shaped. */
const randomArticle = fc
  .tuple(
    fc.constantFrom(...Object.values(allArticles)),
    fc.array(fc.nat(), { maxLength: 40 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([text, picks, newline]) => {
    const lines = text.replace(/\r\n/g, '\n').split('\n');
    const body = picks.map((p) => lines[p % lines.length] ?? '');
    return [lines[0], '', ...body].join(newline);
  });

describe('deriveDeck properties', () => {
  it('every derived deck validates, and every multiple-choice answer is among its options exactly once', () => {
    fc.assert(
      fc.property(randomArticle, (text) => {
        let deck: ReturnType<typeof deriveDeck>;
        try {
          deck = deriveDeck(text);
        } catch (error) {
          // An article with nothing to ask about is refused, and said so; nothing else may fail.
          expect(error).toBeInstanceOf(ArticleFormatError);
          expect((error as Error).message).toMatch(/^No questions could be made/);
          return;
        }
        expect(parseDeck(deck)).toEqual(deck);
        for (const q of deck.questions) {
          if (q.type === 'ordering') expect([...(q.options ?? [])].sort()).toEqual([...q.answer].sort());
          if (q.type !== 'multiple-choice') continue;
          expect(q.options?.filter((o) => o === q.answer)).toHaveLength(1);
          expect(new Set(q.options).size).toBe(q.options?.length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('refuses text that is not an article with an ArticleFormatError', () => {
    expect(() => deriveDeck('just some words')).toThrow(ArticleFormatError);
  });
});
