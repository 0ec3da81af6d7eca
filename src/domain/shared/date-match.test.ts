import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchAnswer } from './answer-match';
import { readDate } from './date-match';

describe('readDate', () => {
  it('reads points, eras on either side, months and short range ends', () => {
    expect(readDate('A.D. 638')).toEqual({ from: { year: 638, era: 'ad' } });
    expect(readDate('17 Dec. 640 CE')).toEqual({ from: { day: 17, month: 12, year: 640, era: 'ad' } });
    expect(readDate('between 639 and 640 AH')).toEqual({
      from: { year: 639, era: 'ah' },
      to: { year: 640, era: 'ah' },
    });
    expect(readDate('639–40')).toEqual({ from: { year: 639 }, to: { year: 640 } });
  });

  it('is null for anything that is not only a date', () => {
    for (const text of [
      'Heraclius',
      '12/640',
      'the end of 639',
      'December',
      '4,000 men',
      'between 639',
      '',
    ]) {
      expect(readDate(text)).toBeNull();
    }
  });
});

describe('dates in matchAnswer', () => {
  const eras = fc.constantFrom('', ' AD', ' CE', 'AD ', ' BC', ' BCE', ' AH', ' A.H.', ' B.C.');
  const written = (year: number, era: string) => (era.endsWith(' ') ? `${era}${year}` : `${year}${era}`);

  it('never accepts another year, whatever the era words', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 2000 }),
        eras,
        eras,
        (a, b, ea, eb) => {
          fc.pre(a !== b);
          expect(matchAnswer(written(a, ea), written(b, eb)).correct).toBe(false);
        },
      ),
    );
  });

  it('never accepts a BC year for an AD one, or the other way round', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.constantFrom(' BC', ' BCE', ' B.C.', 'BC '),
        (year, bc) => {
          for (const ad of ['', ' AD', ' CE', 'AD ']) {
            expect(matchAnswer(written(year, bc), written(year, ad)).correct).toBe(false);
            expect(matchAnswer(written(year, ad), written(year, bc)).correct).toBe(false);
          }
        },
      ),
    );
  });
});
