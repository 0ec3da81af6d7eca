import { describe, expect, it } from 'vitest';
import { readsWell } from './prompt-checks';

describe('readsWell: questions whose moved words still read as a question', () => {
  it('keeps real questions, a range dash and a plural verb after a preposition', () => {
    expect(readsWell('Who led the relief column to the fort in 1779?')).toBe(true);
    expect(readsWell('Kasuga fought in every battle of which conflict of 1904 – 05?')).toBe(true);
    expect(readsWell('To which place were two companies of marines sent for training?')).toBe(true);
    expect(readsWell('How many heads are on display at the Museo de Antropología in Mexico City?')).toBe(
      true,
    );
  });

  it('refuses one too short to say what it asks, or ending on a word that points back', () => {
    expect(readsWell('Who noticed this?')).toBe(false);
    expect(readsWell('Which general then ordered that?')).toBe(false);
  });

  it('refuses a plural verb after a singular question word, a dash left by a cut, a stranded article', () => {
    expect(readsWell('Which name were at war with the kingdom?')).toBe(false);
    expect(readsWell("By whom did the colonel's 2nd Battalion — advance?")).toBe(false);
    expect(readsWell('How many guns did Moultrie place the from the battery on the wall?')).toBe(false);
  });
});
