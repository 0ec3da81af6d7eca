import { describe, expect, it } from 'vitest';
import { DECK_LIST_TITLE, headingBeforeData, headingsBeforeData } from './headings-before-data';

describe('headings known before data', () => {
  it("are the deck list's and each bundled deck's title, by the address of its page", () => {
    expect(headingsBeforeData({ 'siege-of-emesa': 'Siege of Emesa (638)', 'a b/c': 'Odd id' })).toEqual({
      '/': DECK_LIST_TITLE,
      '/decks/siege-of-emesa': 'Siege of Emesa (638)',
      '/decks/a%20b%2Fc': 'Odd id',
    });
  });

  it('come from the build for the bundled decks, and from nowhere for other pages', () => {
    expect(headingBeforeData('/')).toBe('Your decks');
    expect(headingBeforeData('/decks/siege-of-emesa')).toBe('Siege of Emesa (638)');
    for (const other of [
      '/decks/siege-of-emesa/study',
      '/decks/mine',
      '/quizzes',
      '/constructor',
      '/__proto__',
    ]) {
      expect(headingBeforeData(other)).toBeUndefined();
    }
  });
});
