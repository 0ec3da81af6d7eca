import { describe, expect, it } from 'vitest';
import { askAbout, askInPlace, qualifiesANoun } from './ask';
import { type Focus, type FocusKind, isLocative } from './focus';
import { createAnalyser } from './nlp';

/** The focus on `text` (its first occurrence) in a real sentence. */
function focusOn(sentence: string, text: string, kind: FocusKind, extra: Partial<Focus> = {}): Focus {
  const start = sentence.indexOf(text);
  return { kind, text, start, end: start + text.length, ...extra };
}
const inPlace = (sentence: string, focus: Focus, amount = focus.text) =>
  askInPlace(sentence, focus, amount, createAnalyser([sentence])(sentence));

describe('askInPlace: a whole sentence asked where its fact stands', () => {
  it('replaces a place after "to the" with "which place" and ends on a question mark', () => {
    const s =
      'As a result, the majority of the tanks remained in Britain, although 20 were sent to the USSR as part of the Lend-Lease program.';
    expect(inPlace(s, focusOn(s, 'USSR', 'place', { sure: true }))).toBe(
      'As a result, the majority of the tanks remained in Britain, although 20 were sent to which place as part of the Lend-Lease program?',
    );
  });

  it('asks a year after "in" and a count with its unit', () => {
    const year =
      'Tetrarchs did not see any further combat and were deemed obsolete by 1946; the last was retired in 1950.';
    expect(inPlace(year, focusOn(year, '1950', 'year'))).toBe(
      'Tetrarchs did not see any further combat and were deemed obsolete by 1946; the last was retired in which year?',
    );
    const count = 'The War Office ordered 70 tanks, an order that eventually increased to 220.';
    expect(inPlace(count, focusOn(count, '70 tanks', 'number', { unit: 'tanks', value: 70 }), '70')).toBe(
      'The War Office ordered how many tanks, an order that eventually increased to 220?',
    );
  });

  it('asks nothing of a pronoun-led sentence, a year inside a date, or a piece of a name', () => {
    const pronoun =
      'It improved upon its predecessor, the Mk VIB Light Tank, by introducing the extra firepower of a 2-pounder gun.';
    expect(inPlace(pronoun, focusOn(pronoun, 'Mk VIB Light Tank', 'unit'))).toBeUndefined();
    const date =
      'In a conference held on 16 January 1941, it was decided that the General Aircraft Hamilcar would be used.';
    expect(inPlace(date, focusOn(date, '1941', 'year'))).toBeUndefined();
    const name =
      'San Lorenzo Colossal Head 2 is currently in the Museo Nacional de Antropología in Mexico City.';
    expect(inPlace(name, focusOn(name, 'San Lorenzo', 'person'))).toBeUndefined();
  });

  it('does not call a name "which place" unless the words before it make it one', () => {
    const s =
      'Nerva vowed to restore liberties which had been curtailed during the autocratic government of Domitian.';
    expect(inPlace(s, focusOn(s, 'Domitian', 'place'))).toBeUndefined();
    const copula = 'Nerva was Roman Emperor from 96 to 98.';
    expect(inPlace(copula, focusOn(copula, 'Roman Emperor', 'person'))).toBeUndefined();
    const apposition =
      'The most substantial surviving account of the reign of Nerva was written by the historian Cassius Dio.';
    expect(inPlace(apposition, focusOn(apposition, 'Cassius Dio', 'person'))).toBeUndefined();
  });
});

describe('qualifiesANoun', () => {
  it('is true for a name used as an adjective, false for a name standing alone', () => {
    const s =
      'Christopher Gore was a prominent Massachusetts lawyer, Federalist politician, and U.S. diplomat.';
    const analyse = createAnalyser([s]);
    expect(qualifiesANoun(s, focusOn(s, 'Federalist', 'place'), analyse(s))).toBe(true);
    const t = 'Gore sided with the victorious Patriots and established a successful law practice in Boston.';
    expect(qualifiesANoun(t, focusOn(t, 'Boston', 'place'), createAnalyser([t])(t))).toBe(false);
  });
});

describe('isLocative', () => {
  it('is true after "to the", false after "according to"', () => {
    const s = 'As a result, 20 were sent to the USSR; according to Cassius Dio, the rest stayed.';
    expect(isLocative(s, s.indexOf('USSR'))).toBe(true);
    expect(isLocative(s, s.indexOf('Cassius'))).toBe(false);
  });
});

describe('askAbout and askInPlace on real sentences', () => {
  const ask = (sentence: string, text: string, kind: FocusKind, extra: Partial<Focus> = {}) => {
    const focus = focusOn(sentence, text, kind, extra);
    const analysis = createAnalyser([sentence])(sentence);
    return askAbout(sentence, focus, analysis, '')?.prompt ?? askInPlace(sentence, focus, text, analysis);
  };

  it('does not cut a clause at the comma inside "1,780,148"', () => {
    const s =
      'Manila is the second most populous city in the Philippines after the former capital Quezon City with a population of 1,780,148 in 2015.';
    expect(ask(s, 'Philippines', 'place', { sure: true })).not.toMatch(/of 1\?$/);
  });

  it('asks nothing of a year that opens the sentence, nor counts "billion"', () => {
    const opening =
      'In 2012, Globalization and World Cities Research Network listed Manila as a global city.';
    expect(ask(opening, '2012', 'year', { value: 2012 })).toBeUndefined();
    const money = 'During his term, Estrada has paid the city over 5 billion debts.';
    expect(ask(money, '5', 'number', { value: 5, unit: 'billion debts' })).toBeUndefined();
  });

  it('lowers "Some" after the inverted verb', () => {
    const s = 'Some 100,000 civilians were killed in Manila in 1945.';
    expect(ask(s, '1945', 'year', { value: 1945 })).toBe(
      'In which year were some 100,000 civilians killed in Manila?',
    );
  });
});
