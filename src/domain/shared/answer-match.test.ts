import { describe, expect, it } from 'vitest';
import { type MatchVerdict, matchAnswer, normalizeAnswer, typoAllowance } from './answer-match';

type Case = [typed: string, answer: string, accepted: string[], verdict: MatchVerdict];

// Answers and spellings from the Siege of Emesa article (638).
const CASES: Case[] = [
  // Exact, after case and spacing.
  ['Heraclius', 'Heraclius', [], 'exact'],
  ['heraclius', 'Heraclius', [], 'exact'],
  ['  HERACLIUS  ', 'Heraclius', [], 'exact'],
  ['Abu Ubaidah ibn al-Jarrah', 'Abu Ubaidah ibn al-Jarrah', [], 'exact'],
  // Accepted aliases.
  ['Abu Ubaydah', 'Abu Ubaidah ibn al-Jarrah', ['Abu Ubaidah', 'Abu Ubaydah'], 'alias'],
  ['abu ubaidah', 'Abu Ubaidah ibn al-Jarrah', ['Abu Ubaidah', 'Abu Ubaydah'], 'alias'],
  ['Homs', 'Emesa', ['Homs', 'Hims'], 'alias'],
  ['Hims', 'Homs', ['Hims'], 'alias'],
  ['Kallinikos', 'Raqqa', ['Kallinikos', 'al-Raqqah'], 'alias'],
  ['al-Raqqah', 'Raqqa', ['Kallinikos', 'al-Raqqah'], 'alias'],
  ['Circesium', 'Circesium', ['al-Qarqisiya'], 'exact'],
  ['Al-Qarqisiya', 'Circesium', ['al-Qarqisiya'], 'alias'],
  ['17', '17 AH', ['17'], 'alias'],
  ['638 AD', '638', ['638 AD', '17 AH'], 'alias'],
  ['Jazirah', 'Jazira', ['Jazirah', 'al-Jazira'], 'alias'],
  // Diacritics.
  ['Hit', 'Hīt', [], 'exact'],
  ['HĪT', 'Hit', [], 'exact'],
  ['Zur’a', "Zur'a", [], 'exact'],
  // Apostrophes, hyphens and the al- article.
  ['Qaqa', "Qa'qa'", [], 'exact'],
  ["Al-Qa'qa'", "Qa'qa'", [], 'exact'],
  ['al qaqa', "Al-Qa'qa'", [], 'exact'],
  ['Qaqa ibn Amr al Tamimi', "Al-Qa'qa' ibn Amr al-Tamimi", [], 'exact'],
  ['Raqqah', 'al-Raqqah', [], 'exact'],
  ['the Byzantine Empire', 'Byzantine Empire', [], 'exact'],
  ['Habib ibn Maslama Fihri', 'Habib ibn Maslama al-Fihri', [], 'exact'],
  ["Sa'd ibn Abi Waqqas", 'Sad ibn Abi Waqqas', [], 'exact'],
  // Numbers as numbers.
  ['4000', '4,000', [], 'exact'],
  ['4,000', '4000', [], 'exact'],
  ['1 000', '1,000', [], 'exact'],
  ['five or six', '5 or 6', [], 'exact'],
  ['5 or 6 days', 'five or six days', [], 'exact'],
  ['four thousand', '4,000', [], 'exact'],
  ['one thousand men', '1,000 men', [], 'exact'],
  // Dates as dates: era words before or after, with or without dots; month names; ranges;
  // "c."/"about". A date is judged as a date, never as a spelling.
  ['AD 638', '638', ['638 AD', '638 CE'], 'exact'],
  ['A.D. 638', '638', [], 'exact'],
  ['638 CE', '638', [], 'exact'],
  ['638 c.e.', '638', [], 'exact'],
  ['in 638', '638', [], 'exact'],
  ['c. 638', '638', [], 'exact'],
  ['about 638 AD', '638', [], 'exact'],
  ['circa 638', '638', [], 'exact'],
  ['638', 'c. 638', [], 'exact'],
  ['17 A.H.', '17 AH', ['17'], 'exact'],
  ['AH 17', '17 AH', [], 'exact'],
  ['17', '17 AH', [], 'exact'],
  ['Dec 640', 'December 640', [], 'exact'],
  ['Dec. 640', 'December 640', [], 'exact'],
  ['december 640 AD', 'December 640', [], 'exact'],
  ['Sept 640', 'September 640', [], 'exact'],
  ['17 Dec 640', '17 December 640', [], 'exact'],
  ['December 17, 640', '17 December 640', [], 'exact'],
  ['639-640', '639–640', [], 'exact'],
  ['639 – 640', '639-640', [], 'exact'],
  ['between 639 and 640', '639–640', [], 'exact'],
  ['from 639 to 640 CE', '639–640', [], 'exact'],
  ['639-40', '639–640', [], 'exact'],
  ['AD 639 to 640', 'Between the end of 639 and December 640', ['639–640'], 'alias'],
  ['March–June 640', 'March to June 640', [], 'exact'],
  ['490 BC', '490 BCE', [], 'exact'],
  ['490 B.C.', '490 BCE', [], 'exact'],
  // A wrong date is wrong, however close it is spelt.
  ['638 BC', '638', ['638 AD'], 'wrong'],
  ['638 BCE', '638 CE', [], 'wrong'],
  ['BC 638', '638 AD', [], 'wrong'],
  ['638', '638 BC', [], 'wrong'],
  ['638 AH', '638', [], 'wrong'],
  ['17 AD', '17 AH', [], 'wrong'],
  ['18 A.H.', '17 AH', [], 'wrong'],
  ['Nov 640', 'December 640', [], 'wrong'],
  ['June 640', 'July 640', [], 'wrong'],
  ['Dec 641', 'December 640', [], 'wrong'],
  ['640', 'December 640', [], 'wrong'],
  ['Dec 640', '640', [], 'wrong'],
  ['639-641', '639–640', [], 'wrong'],
  ['639', '639–640', [], 'wrong'],
  ['between 640 and 639', '639–640', [], 'wrong'],
  // Small typos, scaled to length: forgiven and marked as near misses.
  ['Heraklius', 'Heraclius', [], 'near-miss'],
  ['Herclius', 'Heraclius', [], 'near-miss'],
  ['Abu Ubaida', 'Abu Ubaidah', [], 'near-miss'],
  ['Kalinikos', 'Raqqa', ['Kallinikos'], 'near-miss'],
  ['Circesiun', 'Circesium', [], 'near-miss'],
  ['Iyad', 'Iyadh', [], 'near-miss'],
  ['Qadisiya', 'Qadisiyyah', [], 'near-miss'],
  ['Mayyafarikin', 'Mayyafariqin', [], 'near-miss'],
  ['Yarmuk', 'Yarmouk', [], 'near-miss'],
  // Wrong answers stay wrong.
  ['Khalid', 'Umar', [], 'wrong'],
  ['Umar', 'Khalid ibn al-Walid', ['Khalid'], 'wrong'],
  ['637', '638', [], 'wrong'],
  ['640', '638', ['638 AD'], 'wrong'],
  ['400', '4,000', ['4000'], 'wrong'],
  ['40000', '4,000', ['4000'], 'wrong'],
  ['1,000', '4,000', [], 'wrong'],
  ['six', '5', [], 'wrong'],
  ['16 AH', '17 AH', ['17'], 'wrong'],
  ['Hat', 'Hit', [], 'wrong'],
  ['Amr', 'Umar', [], 'wrong'],
  ['Iraq', 'Jazira', ['Jazirah'], 'wrong'],
  ['Emesa', 'Raqqa', ['Kallinikos', 'al-Raqqah'], 'wrong'],
  ['Medina', 'Mardin', [], 'wrong'],
  ['', 'Heraclius', [], 'wrong'],
  ['al-', 'Heraclius', [], 'wrong'],
];

describe('matchAnswer (Emesa table)', () => {
  it('holds at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)('%j against %j (also %j) is %s', (typed, answer, accepted, verdict) => {
    expect(matchAnswer(typed, answer, accepted).verdict).toBe(verdict);
  });
});

describe('matchAnswer result', () => {
  it('says what was compared and which accepted answer matched', () => {
    expect(matchAnswer('abu ubaydah', 'Abu Ubaidah ibn al-Jarrah', ['Abu Ubaydah'])).toEqual({
      verdict: 'alias',
      correct: true,
      typed: 'abu ubaydah',
      matched: 'Abu Ubaydah',
      answer: 'Abu Ubaidah ibn al-Jarrah',
      typedKey: 'abu ubaydah',
      matchedKey: 'abu ubaydah',
      edits: 0,
    });
  });

  it('counts the forgiven edits of a near miss', () => {
    const result = matchAnswer('Heraklius', 'Heraclius');
    expect(result).toMatchObject({ verdict: 'near-miss', correct: true, matched: 'Heraclius', edits: 1 });
  });

  it('names the main answer when the answer is wrong', () => {
    expect(matchAnswer('Khalid', 'Umar', ['Umar ibn al-Khattab'])).toMatchObject({
      verdict: 'wrong',
      correct: false,
      matched: 'Umar',
      matchedKey: 'umar',
    });
  });

  it('prefers an exact match over an alias that is also close', () => {
    expect(matchAnswer('Hims', 'Homs', ['Hims']).verdict).toBe('alias');
    expect(matchAnswer('Homs', 'Homs', ['Hims']).verdict).toBe('exact');
  });
});

describe('normalizeAnswer', () => {
  it('folds case, diacritics, apostrophes, hyphens, articles and number words', () => {
    expect(normalizeAnswer("Al-Qa'qa' ibn Amr al-Tamimi")).toBe('qaqa ibn amr tamimi');
    expect(normalizeAnswer('Hīt')).toBe('hit');
    expect(normalizeAnswer('five or six days')).toBe('5 or 6 days');
    expect(normalizeAnswer('Between the end of 639 and December 640')).toBe(
      'between end of 639 and december 640',
    );
    expect(normalizeAnswer('twenty-one')).toBe('21');
    expect(normalizeAnswer('4,000 reinforcements')).toBe('4000 reinforcements');
  });
});

describe('typoAllowance', () => {
  it('forgives nothing in short answers and more in longer ones', () => {
    expect(typoAllowance('hit')).toBe(0);
    expect(typoAllowance('homs')).toBe(1);
    expect(typoAllowance('heraclius')).toBe(2);
    expect(typoAllowance('abu ubaidah ibn jarrah')).toBe(3);
  });
});
