import { describe, expect, it } from 'vitest';
import { battleArticle, readRepoFile } from '../../../tests/helpers/articles';
import { ArticleFormatError } from '../shared/errors';
import { checkInputSize, detectInputKind, MAX_INPUT_CHARS, proseToArticle } from './article-input';
import { parseArticle } from './parse-article';

describe('detectInputKind', () => {
  it('tells the article format, wikitext and plain prose apart', () => {
    expect(detectInputKind(battleArticle)).toBe('article');
    expect(detectInputKind(readRepoFile('tests/fixtures/wikitext/maren-halvik.wiki'))).toBe('wikitext');
    expect(detectInputKind("The '''Siege of Emesa''' was laid in 638.")).toBe('wikitext');
    expect(detectInputKind('#REDIRECT [[Homs]]')).toBe('wikitext');
    expect(detectInputKind('Siege of Emesa\n\nThe siege was laid in 638 by Arab tribes.')).toBe('prose');
  });
});

describe('proseToArticle', () => {
  it('reads a short first line as the title of the prose under it', () => {
    const article = parseArticle(
      proseToArticle('Siege of Emesa\r\n\r\nThe siege was laid in 638.\n\nIt failed.'),
    );
    expect(article.title).toBe('Siege of Emesa');
    expect(article.lead.map((p) => p.text)).toEqual(['The siege was laid in 638.', 'It failed.']);
  });

  it('asks for a title when the first line is a sentence or nothing follows it', () => {
    expect(() => proseToArticle('The siege was laid in 638. It failed.')).toThrow(ArticleFormatError);
    expect(() => proseToArticle('Siege of Emesa')).toThrow(/must start with its title/);
  });
});

describe('checkInputSize', () => {
  it('refuses a 5 MB paste with its size and what to do', () => {
    expect(() => checkInputSize('x'.repeat(5_000_000))).toThrow(
      'This text has 5,000,000 characters (about 5.0 MB); the limit is 2,000,000. Paste one article, or split a long one into parts.',
    );
    expect(() => checkInputSize('x'.repeat(MAX_INPUT_CHARS))).not.toThrow();
  });
});
