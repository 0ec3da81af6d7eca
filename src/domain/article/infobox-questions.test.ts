import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../shared/deck';
import { deriveDeck } from './derive-deck';
import { forcesOf, sideNoun } from './infobox-questions';
import { wikitextToArticle } from './wikitext';

describe('side names in questions', () => {
  it('gives a state "the" only when its name needs one, and a people its plural', () => {
    expect(sideNoun('Kingdom of Ostmark')).toBe('the Kingdom of Ostmark');
    expect(sideNoun('the Byzantine Empire')).toBe('the Byzantine Empire');
    expect(sideNoun('France')).toBe('France');
    expect(sideNoun('Athenians')).toBe('the Athenians');
    expect(sideNoun('United States')).toBe('the United States');
  });

  it('says whom a commander led: a people, or the forces of a state', () => {
    expect(forcesOf('Athenians')).toBe('the Athenians');
    expect(forcesOf('Duchy of Pellau')).toBe('the forces of the Duchy of Pellau');
    expect(forcesOf('France')).toBe('the forces of France');
  });
});

describe('infobox values', () => {
  let tarnow: Deck;
  beforeAll(() => {
    const wiki = readFileSync('tests/fixtures/wikitext/battle-of-tarnow-bridge.wiki', 'utf8');
    const { text, aliases } = wikitextToArticle(wiki);
    tarnow = deriveDeck(text, { aliases });
  }, 60_000);

  it('asks each side’s strength, a range kept as written and accepted only as a range', () => {
    const duchy = tarnow.questions.find((q) =>
      q.prompt.startsWith('How many troops did the Duchy of Pellau'),
    );
    expect(duchy?.answer).toBe('11,000–12,000');
    expect(duchy?.accepted).toEqual(expect.arrayContaining(['11000–12000', '11,000 to 12,000']));
    expect(duchy?.accepted).not.toContain('12,000');
    const kingdom = tarnow.questions.find((q) =>
      q.prompt.startsWith('How many troops did the Kingdom of Ostmark'),
    );
    expect(kingdom?.answer).toBe('8,000');
  });

  it('asks every commander, typed with the side’s other commander named when there are too few to choose from', () => {
    const asked = tarnow.questions.filter((q) => /commanded the forces of/.test(q.prompt));
    expect(asked.map((q) => q.answer).sort()).toEqual(['Aldo Brecht', 'Duke Ottokar', 'Radomir Velkov']);
    const velkov = asked.find((q) => q.answer === 'Radomir Velkov');
    expect(velkov?.prompt).toBe(
      'Together with Aldo Brecht, who commanded the forces of the Kingdom of Ostmark in the battle of Tarnow Bridge?',
    );
    for (const q of asked) {
      // One man, two names: never both offered.
      const options = q.options ?? [];
      expect(options.includes('Duke Ottokar') && options.includes('Ottokar of Pellau')).toBe(false);
    }
  });

  it('keeps a date that spans years a range', () => {
    const deck = deriveDeck(
      [
        '= Siege of Tarnow =',
        '',
        'Infobox',
        '- Date: 636–637',
        '',
        'The siege of Tarnow lasted from 636 to 637, when the town fell to Radomir Velkov.',
      ].join('\n'),
    );
    const dated = deck.questions.find((q) => q.source.quote === 'Date: 636–637');
    expect(dated?.answer).toBe('636–637');
    expect(dated?.accepted).toEqual(expect.arrayContaining(['636-637', '636 to 637']));
  });
});
