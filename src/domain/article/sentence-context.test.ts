import { describe, expect, it } from 'vitest';
import { extractFacts } from './facts';
import { nameKey } from './names';
import { parseArticle } from './parse-article';
import { titleKeys } from './sentence-context';

const keysOf = (text: string) => {
  const article = parseArticle(text);
  return titleKeys(article, extractFacts(article));
};

describe('titleKeys', () => {
  it('counts a person’s short first name as the subject’s own ("Tim" of "Tim Morrow")', () => {
    const keys = keysOf(
      '= Tim Morrow =\n\nInfobox\n- Born: 7 June 1955, Ashland\n\nTim Morrow was an American racing driver.\n\n== Career ==\nMorrow won at Daytona in 1982. He retired in 1990.\n',
    );
    expect(keys.has(nameKey('Tim'))).toBe(true);
  });

  it('counts no short word of a ship’s or a body’s name as the subject ("Red", "Air")', () => {
    const ship = keysOf(
      '= USS Red Oak =\n\nUSS Red Oak was a cargo ship of the United States Navy.\n\n== Service ==\nShe sailed from Norfolk in 1944.\n',
    );
    expect(ship.has(nameKey('Red'))).toBe(false);
    const body = keysOf(
      '= Air Wing Command =\n\nAir Wing Command was a unit of the Ruritanian army.\n\n== History ==\nIt was formed in 1950.\n',
    );
    expect(body.has(nameKey('Air'))).toBe(false);
  });
});
