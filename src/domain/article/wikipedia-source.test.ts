import { describe, expect, it } from 'vitest';
import { readRepoFile } from '../../../tests/helpers/articles';
import { apiUrl, readApiResponse, readPageRef, WikipediaError } from './wikipedia-source';

const recorded = (name: string) => readRepoFile(`tests/fixtures/wikipedia/${name}.json`);
const en = (title: string) => ({ host: 'en.wikipedia.org', title });

describe('readPageRef', () => {
  it('reads a title as English Wikipedia, and an address on any language Wikipedia', () => {
    expect(readPageRef('  Battle_of Hastings ')).toEqual(en('Battle of Hastings'));
    expect(readPageRef('https://fr.m.wikipedia.org/wiki/Bataille_d%27Hastings')).toEqual({
      host: 'fr.wikipedia.org',
      title: "Bataille d'Hastings",
    });
    expect(readPageRef('de.wikipedia.org/wiki/Schlacht_bei_Hastings#Verlauf')).toEqual({
      host: 'de.wikipedia.org',
      title: 'Schlacht bei Hastings',
    });
    expect(readPageRef('https://en.wikipedia.org/w/index.php?title=Siege_of_Emesa&oldid=1')).toEqual(
      en('Siege of Emesa'),
    );
  });

  it('refuses other sites, damaged addresses and impossible titles with what to do', () => {
    expect(() => readPageRef('https://example.org/wiki/Hastings')).toThrow(/example\.org is not Wikipedia/);
    expect(() => readPageRef('https://en.wikipedia.org/wiki/%E0%A4%A')).toThrow(/damaged/);
    expect(() => readPageRef('https://en.wikipedia.org/')).toThrow(/does not name an article/);
    expect(() => readPageRef('[[Hastings]]')).toThrow(WikipediaError);
    expect(() => readPageRef('   ')).toThrow(/names no article/);
  });
});

describe('apiUrl', () => {
  it('asks the MediaWiki API of that Wikipedia for the current wikitext and revision, following redirects, cross-origin', () => {
    const url = new URL(apiUrl({ host: 'fr.wikipedia.org', title: "Bataille d'Hastings" }));
    expect(url.origin + url.pathname).toBe('https://fr.wikipedia.org/w/api.php');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      action: 'query',
      prop: 'revisions',
      rvprop: 'content|ids',
      rvslots: 'main',
      titles: "Bataille d'Hastings",
      redirects: '1',
      format: 'json',
      formatversion: '2',
      origin: '*',
    });
  });
});

describe('readApiResponse', () => {
  it('reads a recorded article reached through a redirect: wikitext, address, revision and licence', () => {
    const article = readApiResponse(recorded('battle-of-tarnow-bridge'), en('Tarnow bridge'));
    expect(article.title).toBe('Battle of Tarnow Bridge');
    expect(article.wikitext).toContain("The '''Battle of Tarnow Bridge''' was fought");
    expect(article.source).toEqual({
      url: 'https://en.wikipedia.org/wiki/Battle_of_Tarnow_Bridge',
      revision: 1187745012,
      licence: 'CC BY-SA 4.0',
    });
  });

  it('says what to do for a missing page, a talk page, an API error and an answer it does not understand', () => {
    expect(() => readApiResponse(recorded('missing'), en('Battle of Nowhere Bridge'))).toThrow(
      'en.wikipedia.org has no article called "Battle of Nowhere Bridge". Check the spelling (or the language of the address), or paste the article\'s text below.',
    );
    expect(() => readApiResponse(recorded('talk-page'), en('Talk:Battle of Tarnow Bridge'))).toThrow(
      /is not an article/,
    );
    expect(() => readApiResponse(recorded('api-error'), en('Tarnow'))).toThrow(
      /Wikipedia refused the request \(maxlag\)\. Try again later/,
    );
    for (const body of [
      '<html>Bad gateway</html>',
      '{"query":{"pages":[{"title":"X","revisions":[{"revid":"1"}]}]}}',
      '{}',
    ]) {
      expect(() => readApiResponse(body, en('X'))).toThrow(/sent an answer Muster does not understand/);
    }
  });

  it('refuses an answer over the size limit before parsing it', () => {
    const huge = JSON.stringify({
      query: {
        pages: [
          {
            title: 'X',
            ns: 0,
            revisions: [{ revid: 1, slots: { main: { content: 'x'.repeat(2_100_000) } } }],
          },
        ],
      },
    });
    expect(() => readApiResponse(huge, en('X'))).toThrow(/is too long for Muster/);
    expect(() => readApiResponse(' '.repeat(4_000_001), en('X'))).toThrow(/is too long for Muster/);
  });
});
