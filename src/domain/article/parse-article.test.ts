import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { battleArticle, biographyArticle, emesaArticle } from '../../../tests/helpers/articles';
import { ArticleFormatError } from '../shared/errors';
import { infoboxValues, MAX_ARTICLE_CHARS, parseArticle, splitInfoboxValue } from './parse-article';

describe('parseArticle on the seed', () => {
  const article = parseArticle(emesaArticle);

  it('reads the title, every infobox key, and splits lists but not numbers like 4,000', () => {
    expect(article.title).toBe('Siege of Emesa (638)');
    expect(article.infobox.map((e) => e.key)).toContain('Casualties2');
    expect(article.infobox).toHaveLength(14);
    expect(infoboxValues(article, 'Commander1')).toEqual([
      'Abu Ubaidah ibn al-Jarrah',
      'Khalid ibn al-Walid',
      "Al-Qa'qa' ibn Amr al-Tamimi",
    ]);
    // "forces,, 4,000 reinforcements": the empty item is dropped, 4,000 stays whole.
    expect(infoboxValues(article, 'Strength1')).toEqual([
      'Unknown number of garrison forces',
      '4,000 reinforcements from Iraq',
    ]);
    expect(article.infobox.find((e) => e.key === 'Date')?.line).toBe('Date: 638 AD/17 AH');
  });

  it('reads the lead, sections with their levels, paragraphs, sentences and the see-also list', () => {
    expect(article.lead).toHaveLength(1);
    expect(article.lead[0]?.sentences).toHaveLength(1);
    expect(article.sections.map((s) => `${s.level}:${s.title}`)).toEqual([
      '1:Background',
      '1:Caliphate strategy',
      '1:Siege',
      '2:Counter siege',
      '2:End of siege',
      '1:Aftermath',
      '1:See also',
    ]);
    const background = article.sections[0];
    expect(background?.paragraphs).toHaveLength(2);
    expect(background?.paragraphs[0]?.sentences[2]).toBe(
      'To gain time to prepare a defense of the rest of his empire, Heraclius needed the Muslims occupied in Syria.',
    );
    expect(article.seeAlso).toEqual(['Siege of Emesa', 'Jund Hims', 'Muslim conquest of Armenia']);
  });

  it('keeps every sentence verbatim in the text, so it can be quoted', () => {
    for (const section of article.sections) {
      for (const paragraph of section.paragraphs) {
        for (const sentence of paragraph.sentences) expect(article.text).toContain(sentence);
      }
    }
  });
});

describe('parseArticle on messy files', () => {
  it('reads a file with a BOM, CRLF line ends, tabs and trailing spaces like a clean one', () => {
    expect(battleArticle.startsWith('\uFEFF')).toBe(true);
    expect(battleArticle).toContain('\r\n');
    const article = parseArticle(battleArticle);
    expect(article.title).toBe('Battle of Varnholt Ford (1412)');
    expect(infoboxValues(article, 'Combatant1')).toEqual(['Kingdom of Ostmark']);
    expect(infoboxValues(article, 'Strength1')).toEqual(['12,500 infantry', '900 horsemen']);
    expect(article.text).not.toMatch(/\r|\t|\uFEFF| $/m);
    expect(article.sections.map((s) => s.title)).toEqual(['Background', 'Battle', 'Pursuit', 'Aftermath']);
    expect(article.seeAlso).toEqual([]);
  });

  it('keeps the keys of other infobox kinds (a biography) and drops empty list items', () => {
    const article = parseArticle(biographyArticle);
    expect(article.infobox.map((e) => e.key)).toEqual([
      'Name',
      'Born',
      'Died',
      'Allegiance',
      'Rank',
      'Battles',
      'Spouse',
    ]);
    expect(infoboxValues(article, 'Allegiance')).toEqual(['Kingdom of Halvia', 'Republic of Ostmark']);
    expect(infoboxValues(article, 'Born')).toEqual(['14 May 1743', 'Kessling']);
  });

  it('accepts an article with no infobox and no sections', () => {
    const article = parseArticle('= Short =\n\nOnly a lead. It has two sentences.\n');
    expect(article.infobox).toEqual([]);
    expect(article.sections).toEqual([]);
    expect(article.lead[0]?.sentences).toEqual(['Only a lead.', 'It has two sentences.']);
  });

  it('splits infobox values on commas, but not inside numbers', () => {
    expect(splitInfoboxValue('a, b,, 1,000 men, 2,500')).toEqual(['a', 'b', '1,000 men', '2,500']);
    expect(splitInfoboxValue('14 May 1743, Kessling')).toEqual(['14 May 1743', 'Kessling']);
  });
});

describe('parseArticle errors', () => {
  const error = (text: string) => {
    try {
      parseArticle(text);
    } catch (e) {
      return e;
    }
    return undefined;
  };

  it('names the line when the title line is missing', () => {
    const e = error('\n\nInfobox\n- Date: 1412\n');
    expect(e).toBeInstanceOf(ArticleFormatError);
    expect((e as Error).message).toMatch(/^Line 3: the article must start with its title as "= Title ="/);
  });

  it('says an empty file is empty', () => {
    expect((error('  \n\n') as Error).message).toMatch(/The article is empty/);
  });

  it('says a binary file is not text, naming the line', () => {
    const e = error('= Title =\nsome text\n\u0000\u0001PNG');
    expect(e).toBeInstanceOf(ArticleFormatError);
    expect((e as Error).message).toMatch(/^Line 3: this is not text/);
  });

  it('refuses an article over the size limit', () => {
    expect((error(`= Big =\n${'x'.repeat(MAX_ARTICLE_CHARS)}`) as Error).message).toMatch(
      /the limit is 1,000,000/,
    );
  });

  it('throws nothing but ArticleFormatError on any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.constantFrom('', '= T =\n', '\uFEFF= T =\r\n'),
        (text, prefix) => {
          try {
            parseArticle(prefix + text);
          } catch (e) {
            expect(e).toBeInstanceOf(ArticleFormatError);
          }
        },
      ),
      { numRuns: 300 },
    );
    // 300 runs take seconds on a busy shared machine: a generous limit, not a speed claim.
  }, 30_000);
});
