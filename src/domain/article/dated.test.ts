import { describe, expect, it } from 'vitest';
import { eraAt, extractRanges, isRangeEnd, yearSpellings } from './dated';

const quoted = (sentence: string) => [{ sentence, section: 'Lead' }];

describe('extractRanges', () => {
  it('keeps the era written once after a range', () => {
    const [range] = extractRanges(
      quoted('Radiocarbon dating of the monument’s context dates it to between 1000 and 600 BC.'),
    );
    expect(range).toMatchObject({ text: 'between 1000 and 600 BC', from: 1000, to: 600, era: 'BC' });
  });

  it('reads "from … to …" as a range too', () => {
    const [range] = extractRanges(
      quoted(
        'Manila was occupied by British forces for twenty months, from 1762 to 1764, and used as a base.',
      ),
    );
    expect(range).toMatchObject({ text: 'from 1762 to 1764', from: 1762, to: 1764 });
    expect(range?.era).toBeUndefined();
  });

  it('does not take a bigger number for a year', () => {
    expect(extractRanges(quoted('The duke had between 11,000 and 12,000 men.'))).toEqual([]);
  });
});

describe('isRangeEnd', () => {
  it('tells the ends of a range from a year on its own', () => {
    const sentence =
      'During the reign of Sultan Bolkiah from 1485 to 1521, Brunei invaded; Tondo fell in 1571.';
    expect(isRangeEnd(sentence, sentence.indexOf('1485'))).toBe(true);
    expect(isRangeEnd(sentence, sentence.indexOf('1521'))).toBe(true);
    expect(isRangeEnd(sentence, sentence.indexOf('1571'))).toBe(false);
  });
});

describe('eraAt and yearSpellings', () => {
  it('gives the first year of a BC range its era, and no AD alias', () => {
    const sentence = 'Its context has been radiocarbon dated to between 1000 and 600 BC.';
    const era = eraAt(sentence, sentence.indexOf('1000'), '1000');
    expect(era).toBe('BC');
    expect(yearSpellings('1000', era)).toEqual(['1000 BC', '1000 BCE']);
  });

  it('keeps BC on a BC answer and never accepts it bare', () => {
    expect(yearSpellings('490 BC', 'BC')).toEqual(['490 BCE']);
  });

  it('gives an AD alias to a year that is AD', () => {
    const sentence = 'Manila was occupied by the Japanese forces on January 2, 1942.';
    const era = eraAt(sentence, sentence.indexOf('1942'), '1942');
    expect(era).toBe('');
    expect(yearSpellings('1942', era)).toEqual(['1942 AD', 'AD 1942', '1942 CE']);
  });
});
