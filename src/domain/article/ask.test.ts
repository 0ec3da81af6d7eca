import { describe, expect, it } from 'vitest';
import { askAbout, askInPlace, insideAName, qualifiesANoun } from './ask';
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
  it('does not ask the first words of a longer name ("the Supreme Court of the United States")', () => {
    const court = 'Taylor then appealed to the Supreme Court of the United States in 1900.';
    expect(inPlace(court, focusOn(court, 'Supreme Court', 'organisation'))).toBeUndefined();
  });

  it('reads the dash of a year range as part of the clause, not its end', () => {
    const range = 'Asahi fought in every battle of the Russo-Japanese War of 1904 – 05.';
    expect(inPlace(range, focusOn(range, 'Russo-Japanese War', 'conflict'))).toBe(
      'Asahi fought in every battle of which conflict of 1904 – 05?',
    );
  });

  it('replaces a place after "to" with "which place" and a count with "how many" and its unit', () => {
    const place = 'Twenty of the tanks were sent to the USSR as part of the Lend-Lease program.';
    expect(inPlace(place, focusOn(place, 'USSR', 'place', { sure: true }))).toBe(
      'Twenty of the tanks were sent to which place as part of the Lend-Lease program?',
    );
    const count = 'The division used approximately 20 Tetrarchs during the landings in Normandy.';
    expect(
      inPlace(count, focusOn(count, '20 Tetrarchs', 'number', { unit: 'Tetrarchs', value: 20 }), '20'),
    ).toBe('The division used approximately how many Tetrarchs during the landings in Normandy?');
  });

  it('asks in place only in one clause: a question word inside a second clause reads as nonsense', () => {
    const first =
      'Tikal is approximately 303 kilometres north of Guatemala City, and the site covers a large area of rainforest.';
    expect(inPlace(first, focusOn(first, 'Guatemala City', 'place', { sure: true }))).toBe(
      'Tikal is approximately 303 kilometres north of which place?',
    );
    const relative =
      "Troops were landed on Long Island, near Sullivan's Island where Colonel William Moultrie commanded a partially constructed fort.";
    expect(inPlace(relative, focusOn(relative, 'Colonel William Moultrie', 'person'))).toBeUndefined();
    const twoClauses =
      'The first two rulers of Dos Pilas continued to use the Mutal emblem glyph of Tikal, and they probably felt that they had a legitimate claim to the throne.';
    expect(
      inPlace(twoClauses, focusOn(twoClauses, 'two rulers', 'number', { unit: 'rulers', value: 2 }), 'two'),
    ).toBeUndefined();
    const although =
      'As a result, the majority of the tanks remained in Britain, although 20 were sent to the USSR as part of the Lend-Lease program.';
    expect(inPlace(although, focusOn(although, 'USSR', 'place', { sure: true }))).toBeUndefined();
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

  it('keeps a competition with its noun: "Formula Atlantic racing" is asked neither in place nor moved', () => {
    const s = 'Morrow competed in Formula Atlantic racing before moving to sports cars.';
    const focus = focusOn(s, 'Formula Atlantic', 'competition');
    const analysis = createAnalyser([s])(s);
    expect(qualifiesANoun(s, focus, analysis)).toBe(true);
    expect(askAbout(s, focus, analysis)).toBeUndefined();
    expect(inPlace(s, focus)).toBeUndefined();
  });

  it('fronts no object of a gerund: "before transferring to X" is not "To which … did Morrow compete"', () => {
    const s = 'Morrow competed in Formula Atlantic racing before transferring to the Ruritanian Cup Series.';
    const focus = focusOn(s, 'Ruritanian Cup Series', 'competition');
    expect(askAbout(s, focus, createAnalyser([s])(s))?.prompt).not.toMatch(/^To which/);
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
    return askAbout(sentence, focus, analysis)?.prompt ?? askInPlace(sentence, focus, text, analysis);
  };

  it('does not cut a clause at the comma inside "1,780,148"', () => {
    const s =
      'Manila is the second most populous city in the Philippines after the former capital Quezon City with a population of 1,780,148 in 2015.';
    expect(ask(s, 'Philippines', 'place', { sure: true })).not.toMatch(/of 1\?$/);
  });

  it('asks a year that opens the sentence of the clause after it, and counts no "billion"', () => {
    const opening =
      'In 2015, Stephen Owen published translations, with facing Chinese texts, of the poetry of Du Fu.';
    expect(ask(opening, '2015', 'year', { value: 2015 })).toBe(
      'In which year did Stephen Owen publish translations?',
    );
    const forced = 'In 756, Emperor Xuanzong was forced to flee the capital and abdicate.';
    expect(ask(forced, '756', 'year', { value: 756 })).toBe(
      'In which year was Emperor Xuanzong forced to flee the capital and abdicate?',
    );
    const money = 'During his term, Estrada has paid the city over 5 billion debts.';
    expect(ask(money, '5', 'number', { value: 5, unit: 'billion debts' })).toBeUndefined();
  });

  it('fronts a year with "early" or "late" before it, never asks "in early which year", and keeps "until" with a date', () => {
    const early =
      'The British organized an expedition in early 1776 for operations in the southern colonies.';
    expect(ask(early, '1776', 'year', { value: 1776 })).toBe(
      'In which year did the British organize an expedition for operations in the southern colonies?',
    );
    const negated = 'The fleet did not sail until late 1812.';
    expect(ask(negated, '1812', 'year', { value: 1812 })).toBeUndefined();
    const until = 'Headlam remained in Darwin as Controller of Operations until 12 May 1942.';
    expect(ask(until, '1942', 'year', { value: 1942 })).toBe(
      'Until which year did Headlam remain in Darwin as Controller of Operations?',
    );
  });

  it('asks no number that is one part of a measurement or one of two amounts of its unit', () => {
    const compound = 'The ship had an overall length of 425 feet 3 inches and a beam of 75 feet.';
    expect(ask(compound, '3 inches', 'number', { value: 3, unit: 'inches' })).toBeUndefined();
    const two = 'The flat portion of the deck armour was 2.5 inches thick and 4 inches thick on the slopes.';
    expect(ask(two, '4 inches', 'number', { value: 4, unit: 'inches' })).toBeUndefined();
    const pair = 'Du Fu also had three half brothers and one half sister.';
    expect(ask(pair, 'three half brothers', 'number', { value: 3, unit: 'half brothers' })).toBeUndefined();
  });

  it('moves a hedge ("around six weeks") out with the number it qualifies', () => {
    const s = 'Du Fu next spent around six weeks in Qinzhou.';
    expect(ask(s, 'six weeks', 'number', { value: 6, unit: 'weeks' })).toBe(
      'How many weeks did Du Fu next spend in Qinzhou?',
    );
  });

  it('takes no subject from after a comma that ends a list or an apposition', () => {
    const list =
      'In 1876, companies from Savannah, Augusta, Macon, Columbia, New York and Boston were invited to Charleston.';
    expect(ask(list, 'Charleston', 'place', { sure: true })).toBeUndefined();
    const apposition =
      "Harvard's first library building, a Gothic structure built in 1838 of Quincy granite, was named in his honor.";
    expect(ask(apposition, '1838', 'year', { value: 1838 })).toBeUndefined();
  });

  it('fronts neither the object of an infinitive nor a negated verb', () => {
    const honor =
      'Fort Sullivan was renamed Fort Moultrie shortly after the battle to honor Colonel William Moultrie.';
    expect(ask(honor, 'Colonel William Moultrie', 'person')).toBe(
      'Fort Sullivan was renamed Fort Moultrie shortly after the battle to honor whom?',
    );
    const negated = 'The British did not return to Charleston until 1780.';
    expect(ask(negated, '1780', 'year', { value: 1780 })).toBe(
      'The British did not return to Charleston until which year?',
    );
  });

  it('asks in place past a comma that only sets off a date or a phrase ("June 28, 1776, during…")', () => {
    const s =
      "The Battle of Sullivan's Island was fought on June 28, 1776, during the American Revolutionary War.";
    expect(inPlace(s, focusOn(s, 'American Revolutionary War', 'conflict'))).toBe(
      "The Battle of Sullivan's Island was fought on June 28, 1776, during which conflict?",
    );
  });

  it('asks in place neither an opening phrase nor one item of a list, and reads "17:00" as no clause end', () => {
    const opening =
      "After the Berlin Academy of Sciences' magazine republished the report in 1853, archeologists began visiting the forest.";
    expect(inPlace(opening, focusOn(opening, '1853', 'year'))).toBeUndefined();
    const list =
      'The regiment consisted of a Headquarters Squadron, a Light Tank Squadron and a Reconnaissance Squadron.';
    expect(inPlace(list, focusOn(list, 'Headquarters Squadron', 'organisation'))).toBeUndefined();
    const time = 'The flight took off from Kariba Airport on schedule soon after 17:00 on a Sunday.';
    expect(inPlace(time, focusOn(time, 'Kariba Airport', 'place', { sure: true }))).toBe(
      'The flight took off from which place on schedule soon after 17:00 on a Sunday?',
    );
  });

  it('asks in place only a clause with a subject that is no pronoun, and no count after a possessive or before "later"', () => {
    const participle = 'Reclassified as a coastal defence ship in 1921, Asahi was disarmed two years later.';
    expect(inPlace(participle, focusOn(participle, '1921', 'year'))).toBeUndefined();
    const pronoun = 'In 1938, she was converted into a repair ship and based first at Shanghai.';
    expect(inPlace(pronoun, focusOn(pronoun, 'Shanghai', 'place', { sure: true }))).toBeUndefined();
    const possessive = "From 1926 to October 1927, the ship's 25 Belleville boilers were replaced at Kure.";
    expect(
      inPlace(
        possessive,
        focusOn(possessive, '25 Belleville boilers', 'number', { value: 25, unit: 'Belleville boilers' }),
        '25',
      ),
    ).toBeUndefined();
    expect(ask(participle, 'two years', 'number', { value: 2, unit: 'years' })).toBeUndefined();
    const designation =
      'Protection against torpedo-boat attacks was provided by twenty QF 12-pounder 12 cwt guns.';
    expect(ask(designation, '12 cwt guns', 'number', { value: 12, unit: 'cwt guns' })).toBeUndefined();
  });

  it('lowers "Some" after the inverted verb', () => {
    const s = 'Some 100,000 civilians were killed in Manila in 1945.';
    expect(ask(s, '1945', 'year', { value: 1945 })).toBe(
      'In which year were some 100,000 civilians killed in Manila?',
    );
  });
});

describe('questions that keep names whole and verbs with what they need', () => {
  const ask = (sentence: string, text: string, kind: FocusKind, extra: Partial<Focus> = {}) => {
    const focus = focusOn(sentence, text, kind, extra);
    const analysis = createAnalyser([sentence])(sentence);
    return askAbout(sentence, focus, analysis)?.prompt ?? askInPlace(sentence, focus, text, analysis);
  };

  it('finds the pieces of a longer name: a numbered unit, a cut abbreviation, a name joined by apostrophes', () => {
    const numbered = 'Mara trained with No. 4 Pilot Training School at Brook Field.';
    expect(insideAName(numbered, focusOn(numbered, 'Pilot Training School', 'organisation'))).toBe(true);
    const initials = 'It is the tallest peak in the U.S. state of Utah.';
    expect(insideAName(initials, { start: 32, end: 33 })).toBe(true);
    const glottal = "Ox 'ahal Kan Yop 'uun ruled the valley for twenty years.";
    expect(insideAName(glottal, focusOn(glottal, 'Kan Yop', 'person'))).toBe(true);
    const whole = 'Mara moved to Oslo with her brother in 1990.';
    expect(insideAName(whole, focusOn(whole, 'Oslo', 'place'))).toBe(false);
  });

  it('finds the halves of one name joined by "and" that ends in what the body is', () => {
    const railway = 'The town grew where the Tarn and Wexley Railroad met the river.';
    expect(insideAName(railway, focusOn(railway, 'Tarn', 'place'))).toBe(true);
    expect(insideAName(railway, focusOn(railway, 'Wexley Railroad', 'organisation'))).toBe(true);
    const centre = 'The town will host the Dorset Crafts and Music Centre from next year.';
    expect(insideAName(centre, focusOn(centre, 'Dorset Crafts', 'organisation'))).toBe(true);
    expect(insideAName(centre, focusOn(centre, 'Music Centre', 'organisation'))).toBe(true);
    const two = 'Troops from Tarn and Wexley crossed the river.';
    expect(insideAName(two, focusOn(two, 'Tarn', 'place'))).toBe(false);
    expect(insideAName(two, focusOn(two, 'Wexley', 'place'))).toBe(false);
    const banks = 'Loans came from the Tarn Bank and the Wexley Bank.';
    expect(insideAName(banks, focusOn(banks, 'Wexley Bank', 'organisation'))).toBe(false);
    const bare = 'Loans came from Tarn Bank and Wexley Bank.';
    expect(insideAName(bare, focusOn(bare, 'Wexley Bank', 'organisation'))).toBe(false);
  });

  it('puts no question word inside a numbered name', () => {
    const s = 'Mara trained with No. 4 Pilot Training School at Brook Field.';
    expect(ask(s, 'Pilot Training School', 'organisation')).toBeUndefined();
  });

  it('leaves a name with the verb it belongs to: no "before moving?" with its object taken away', () => {
    const s = 'Dana raced in sprint cars before moving to the Atlantic Series.';
    const asked = ask(s, 'Atlantic Series', 'organisation');
    expect(asked).not.toMatch(/moving\?$/);
    expect(asked).toBe('Dana raced in sprint cars before moving to which organisation?');
  });

  it('reads a name before a gerund ("Busch racing") as qualifying it', () => {
    const s = 'Pell competed in Busch racing for two seasons.';
    expect(qualifiesANoun(s, focusOn(s, 'Busch', 'organisation'), createAnalyser([s])(s))).toBe(true);
  });

  it('asks no question that ends on a verb whose object the cut left behind', () => {
    const s = 'The two parties announced in May 1980, after long talks, that they would merge.';
    expect(ask(s, '1980', 'year', { value: 1980 })).toBeUndefined();
  });

  it('asks nothing of a name whose sentence only says what it was like ("was very quiet")', () => {
    const s = 'Lisbon was at that time very quiet; traders were leaving the port.';
    expect(ask(s, 'Lisbon', 'place', { sure: true })).toBeUndefined();
  });

  it('does not ask "of which" after a plural noun ("the posts of which organisation")', () => {
    const s = 'Later Vance held the posts of Harbour Board Chairman in 1961.';
    expect(ask(s, 'Harbour Board Chairman', 'organisation')).toBeUndefined();
  });
});

describe('a place asked with the region that follows it', () => {
  it('asks "Where did Kerr grow up?" of "Kerr grew up in Dunedin, Otago."', () => {
    const s = 'Kerr grew up in Dunedin, Otago.';
    const focus = focusOn(s, 'Dunedin', 'place', { sure: true });
    expect(askAbout(s, focus, createAnalyser([s])(s))?.prompt).toBe('Where did Kerr grow up?');
  });

  it('leaves a place in a list alone ("Dunedin, Otago, and Nelson")', () => {
    const s = 'Kerr lived in Dunedin, Otago, and Nelson before the war.';
    const focus = focusOn(s, 'Dunedin', 'place', { sure: true });
    expect(askAbout(s, focus, createAnalyser([s])(s))).toBeUndefined();
  });
});

describe('no question with a word left over from what was cut', () => {
  const ask = (sentence: string, text: string, kind: FocusKind, extra: Partial<Focus> = {}) => {
    const focus = focusOn(sentence, text, kind, extra);
    const analysis = createAnalyser([sentence])(sentence);
    return askAbout(sentence, focus, analysis)?.prompt ?? askInPlace(sentence, focus, text, analysis);
  };

  it('ends no question on a preposition whose object was taken ("owners like?")', () => {
    const s = 'The win attracted sponsors and attention from rich owners like Ada Penn.';
    expect(ask(s, 'Ada Penn', 'person') ?? '').not.toMatch(/\blike\?$/);
  });

  it('keeps "both" with its "and"', () => {
    const s = 'In 1990 Vance became both Harbour Board Chairman and the port engineer.';
    expect(ask(s, '1990', 'year', { value: 1990 }) ?? '').not.toMatch(/\bboth\b(?!.*\band\b)/);
  });

  it('asks no name that qualifies the words after it ("the Nordic naval doctrine") nor a nationality ("the Danish attacks")', () => {
    const adjective =
      'Defeat convinced the navy of weaknesses in the Nordic naval doctrine, which favoured small boats.';
    expect(ask(adjective, 'Nordic', 'place', { sure: true })).toBeUndefined();
    const nationality =
      'The Danish attacks on Ribe and Hedeby bases did much to restore morale after the fire.';
    expect(ask(nationality, 'Danish', 'organisation')).toBeUndefined();
  });

  it('puts no question word after an adjective ("the failed which event") or in an apposition after a comma', () => {
    const adjective = 'The envoys met in March 1961, before the failed Lyon Summit in May.';
    expect(ask(adjective, 'Lyon Summit', 'event')).toBeUndefined();
    const apposition =
      'The two pilots were Ada Kerr, 24 years old and from Perth, and Ben Lowe, from Hobart.';
    const age = focusOn(apposition, '24 years', 'number', { value: 24, unit: 'years' });
    expect(inPlace(apposition, age, '24')).toBeUndefined();
  });
});
