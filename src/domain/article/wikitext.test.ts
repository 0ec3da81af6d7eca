import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../tests/helpers/articles';
import { ArticleFormatError } from '../shared/errors';
import { deriveDeck } from './derive-deck';
import { parseArticle } from './parse-article';
import { wikitextToArticle } from './wikitext';

const battle = readRepoFile('tests/fixtures/wikitext/battle-of-tarnow-bridge.wiki');
const biography = readRepoFile('tests/fixtures/wikitext/maren-halvik.wiki');
const emesa = readRepoFile('tests/fixtures/wikitext/siege-of-emesa-excerpt.wiki');

describe('wikitextToArticle', () => {
  it('keeps a battle infobox as "- Key: value" lines, one item per <br> line, without pictures or references', () => {
    const article = parseArticle(wikitextToArticle(battle).text);
    expect(article.title).toBe('Battle of Tarnow Bridge');
    const box = Object.fromEntries(article.infobox.map((e) => [e.key, e.values]));
    expect(box.Commander1).toEqual(['Radomir Velkov', 'Aldo Brecht']);
    expect(box.Commander2).toEqual(['Duke Ottokar']);
    expect(box.Combatant1).toEqual(['Kingdom of Ostmark']);
    expect(box.Strength1).toEqual(['8,000']);
    expect(box.Strength2).toEqual(['11,000–12,000']);
    expect(box.Date).toEqual(['3–4 September 1413']);
    expect(box.Partof).toEqual(['the War of the Two Crowns']);
    expect(Object.keys(box)).not.toContain('Image');
    expect(Object.keys(box)).not.toContain('Caption');
  });

  it('keeps the lead and the sections at their levels, and See also as items', () => {
    const article = parseArticle(wikitextToArticle(battle).text);
    expect(article.lead[0]?.text).toMatch(
      /^The Battle of Tarnow Bridge was fought on 3 and 4 September 1413 at Tarnow,/,
    );
    expect(article.sections.map((s) => [s.title, s.level])).toEqual([
      ['Background', 1],
      ['Armies', 2],
      ['Battle', 1],
      ['Aftermath', 1],
      ['See also', 1],
    ]);
    expect(article.seeAlso).toEqual(['Battle of Varnholt Ford', 'War of the Two Crowns']);
  });

  it('drops references, templates, tables, files, categories and the reference and link sections', () => {
    const { text } = wikitextToArticle(battle);
    for (const gone of [
      'Chronicle of Holm',
      'Warder',
      'citation needed',
      'Infantry',
      '7,100',
      'Plan of the attack',
      'Category',
      'Reflist',
      'References',
      'External links',
      'museum',
      '[[',
      '{{',
      '<ref',
      "'''",
    ]) {
      expect(text, gone).not.toContain(gone);
    }
    expect(text).toContain('Velkov brought 8,000 men, most of them veterans of Varnholt.');
  });

  it('reads a biography: Born and Died from date and place, lists in list templates split into items', () => {
    const article = parseArticle(wikitextToArticle(biography).text);
    const box = Object.fromEntries(article.infobox.map((e) => [e.key, e.values]));
    expect(box.Born).toEqual(['14 May 1743', 'Kessling', 'Halvia']);
    expect(box.Died).toEqual(['2 March 1801', 'Orvath', 'Republic of Ostmark']);
    expect(box.Allegiance).toEqual(['Kingdom of Halvia', 'Republic of Ostmark']);
    expect(box.Battles).toEqual(['Battle of Dunmere', 'Siege of Pellin (1775)', 'Siege of Orvath (1790)']);
    expect(box.Rank).toEqual(['General']);
    expect(article.sections.map((s) => s.title)).toEqual([
      'Early life',
      'Military career',
      'Dunmere and Pellin',
      'Service in Ostmark',
      'Later life',
    ]);
  });

  it('turns links into alias groups only when the two names stand for one thing', () => {
    expect(wikitextToArticle(emesa).aliases).toEqual([
      ['Emesa', 'Homs'],
      ['Abu Ubaidah', 'Abu Ubayda ibn al-Jarrah'],
      ['al-Qarqisiya', 'Circesium'],
      ['Jazira', 'Upper Mesopotamia'],
    ]);
    expect(wikitextToArticle(battle).aliases).toEqual([
      ['Duke Ottokar', 'Ottokar of Pellau'],
      ['Tarnau', 'Tarnow'],
    ]);
  });

  it('takes the title from the caller, else the bold subject, else the infobox', () => {
    expect(wikitextToArticle(battle, { title: 'Tarnow (1413)' }).title).toBe('Tarnow (1413)');
    expect(wikitextToArticle(biography).title).toBe('Maren Halvik');
    expect(wikitextToArticle(emesa).title).toBe('Siege of Emesa');
    expect(() => wikitextToArticle('Some text with a [[link]] and nothing else.')).toThrow(
      /does not say the article's title/,
    );
  });

  it('derives decks whose every quote is in the converted text, with the links as aliases', () => {
    for (const wikitext of [battle, biography, emesa]) {
      const { text, aliases } = wikitextToArticle(wikitext);
      const deck = deriveDeck(text, { aliases });
      expect(deck.questions.length).toBeGreaterThan(0);
      for (const question of deck.questions) expect(text).toContain(question.source.quote);
    }
    // [[Circesium|al-Qarqisiya]] is the only place the excerpt says the two names are one.
    const { text, aliases } = wikitextToArticle(emesa);
    const otherName = (deck: ReturnType<typeof deriveDeck>) =>
      deck.questions.find((q) => q.prompt.includes('al-Qarqisiya another name'))?.answer;
    expect(otherName(deriveDeck(text, { aliases }))).toBe('Circesium');
    expect(otherName(deriveDeck(text))).toBeUndefined();
  });

  it('refuses a redirect, a disambiguation page, an empty page and a page with no prose, saying what to do', () => {
    const refuse = (wikitext: string, message: RegExp) => {
      expect(() => wikitextToArticle(wikitext, { title: 'Mercury' })).toThrow(ArticleFormatError);
      expect(() => wikitextToArticle(wikitext, { title: 'Mercury' })).toThrow(message);
    };
    refuse(
      '#REDIRECT [[Mercury (planet)]]',
      /"Mercury" is a redirect to "Mercury \(planet\)", not an article\. Use "Mercury \(planet\)" instead\./,
    );
    refuse(
      "'''Mercury''' may refer to:\n* [[Mercury (planet)]]\n* [[Mercury (element)]]\n{{disambiguation}}",
      /"Mercury" is a disambiguation page: .* Choose one of them/,
    );
    refuse('   \n', /"Mercury" is empty\. Choose an article that has text\./);
    refuse(
      '{{Infobox planet}}\n{| class="wikitable"\n| 1 || 2\n|}\n[[Category:Planets]]',
      /has no paragraphs of prose/,
    );
  });
});
