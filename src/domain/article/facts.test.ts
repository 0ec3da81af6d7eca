import { describe, expect, it } from 'vitest';
import { battleArticle, biographyArticle, emesaArticle } from '../../../tests/helpers/articles';
import { extractFacts, type Facts } from './facts';
import { parseArticle } from './parse-article';

const factsOf = (text: string, aliases: string[][] = []) => extractFacts(parseArticle(text), { aliases });
const namesOf = (facts: Facts, name: string) => facts.registry.find(name)?.names.slice().sort();
const mentions = (facts: Facts, kind: string) =>
  facts.sentences.flatMap((s) =>
    s.mentions.filter((m) => m.kind === kind).map((m) => `${m.text}=${m.value}|${m.unit ?? ''}`),
  );

describe('extractFacts on the seed', () => {
  const facts = factsOf(emesaArticle, [['Emesa', 'Homs']]);

  it('merges the two spellings and the short forms of one person into one entity', () => {
    expect(namesOf(facts, 'Abu Ubaydah')).toEqual([
      'Abu Ubaidah',
      'Abu Ubaidah ibn al-Jarrah',
      'Abu Ubaydah',
    ]);
    expect(namesOf(facts, 'Iyad')).toEqual(['Iyad', 'Iyadh', 'Iyadh ibn Ghanm']);
    expect(namesOf(facts, "Qa'qa")).toEqual(["Al-Qa'qa' ibn Amr al-Tamimi", "Qa'qa"]);
    expect(facts.registry.find('Khalid')?.name).toBe('Khalid ibn al-Walid');
  });

  it("merges a place's other names: from parentheses, from spelling, and from the curation", () => {
    expect(namesOf(facts, 'Raqqa')).toEqual(['Kallinikos', 'Raqqa', 'al-Raqqah']);
    expect(namesOf(facts, 'Circesium')).toEqual(['Circesium', 'Circessium', 'al-Qarqisiya']);
    expect(namesOf(facts, 'Hit')).toEqual(['Hit', 'Hīt']);
    expect(namesOf(facts, 'Homs')).toEqual(['Emesa', 'Homs']);
    expect(facts.registry.find('Homs', 'person')).toBeUndefined();
  });

  it('knows which side each infobox commander served, and passes it on to whom they sent', () => {
    expect(facts.sides.map((s) => `${s.person.name}: ${s.side}`)).toEqual([
      'Abu Ubaidah ibn al-Jarrah: Rashidun Caliphate',
      'Khalid ibn al-Walid: Rashidun Caliphate',
      "Al-Qa'qa' ibn Amr al-Tamimi: Rashidun Caliphate",
      'Heraclius: Byzantine Empire',
    ]);
    expect(facts.registry.find('Umar')?.kind).toBe('person');
  });

  it('reads numbers with their units, including comma numbers and "five or six days"', () => {
    expect(mentions(facts, 'number')).toEqual([
      'two cities=2|cities',
      'three different routes=3|different routes',
      '1,000 men=1000|men',
      'five or six days=5|days',
      '4000 soldiers=4000|soldiers',
    ]);
  });

  it('reads years, the disputed dating with its sources, and the range', () => {
    expect(mentions(facts, 'year')).toEqual([
      '638=638|',
      '638=638|',
      '637=637|',
      '640=640|',
      '639=639|',
      '640=640|',
    ]);
    expect(facts.disputed[0]?.datings).toEqual([
      { year: 637, source: 'many Muslim sources' },
      { year: 640, source: 'Maximillan Streck' },
    ]);
    expect(facts.ranges.map((r) => [r.text, r.from, r.to])).toEqual([
      ['between the end of 639 and December 640', 639, 640],
    ]);
  });

  it('reads causes, purposes and outcomes from the shape of sentences', () => {
    expect(facts.reasons.map((r) => r.kind)).toEqual([
      'purpose', // in an attempt to
      'purpose', // To gain time…, Heraclius…
      'part-of', // as a part of a complex strategy (its "in order to" event runs on for clauses)
      'achievement', // not only … but also
      // "When …, they immediately abandoned the siege": led by a pronoun, so no question.
      'achievement',
      'achievement',
    ]);
    expect(facts.reasons[1]).toMatchObject({
      event: 'Heraclius needed the Muslims occupied in Syria',
      reason: 'To gain time to prepare a defense of the rest of his empire',
    });
  });

  it('reads a list given "in succession" as an ordered sequence of places', () => {
    expect(facts.sequences[0]?.items).toEqual([
      'Circesium',
      'Amid',
      'Mayyafariqin',
      'Nisibin',
      'Tur Abdin',
      'Mardin',
      'Dara',
      'Qarda',
      'Bazabda',
    ]);
    expect(facts.sequences[0]?.intro).toBe('Iyad and his lieutenants subdued');
  });
});

describe('extractFacts on a different battle', () => {
  const facts = factsOf(battleArticle);

  it('merges two spellings, a surname alone, and a title before a name', () => {
    expect(namesOf(facts, 'Radomyr Velkov')).toEqual(['Radomir Velkov', 'Radomyr Velkov', 'Velkov']);
    expect(facts.registry.find('Colonel Aldo Brecht')?.names).toEqual(['Aldo Brecht', 'Brecht']);
    expect(facts.registry.find('Ottokar')?.name).toBe('Ottokar of Pellau');
    // "Pellau" is the duchy, not a short form of "Ottokar of Pellau".
    expect(facts.registry.find('Pellau', 'person')).toBeUndefined();
  });

  it('reads an alternative place name and does not take a people ("the Danes") for a place', () => {
    expect(namesOf(facts, 'Varnholt')).toEqual(['Varnaholm', 'Varnholt']);
    expect(facts.registry.find('Danes')).toBeUndefined();
  });

  it('reads sides, comma numbers, number words with "or", the disputed dating and the sequence', () => {
    expect(facts.sides.map((s) => `${s.person.name}: ${s.side}`)).toContain('Hadrian Moss: Duchy of Pellau');
    expect(mentions(facts, 'number')).toEqual([
      '12,500 infantry=12500|infantry',
      '900 horsemen=900|horsemen',
      'three or four hours=3|hours',
      '40,000 crowns=40000|crowns',
    ]);
    expect(facts.disputed[0]?.datings.map((d) => d.year)).toEqual([1413, 1414]);
    expect(facts.sequences[0]?.items).toEqual(['Tarnow', 'Holm', 'Brisk', 'Lenz']);
    expect(facts.ranges[0]?.text).toBe('between the spring of 1412 and June 1413');
  });
});

describe('extractFacts on a biography', () => {
  const facts = factsOf(biographyArticle);

  it('takes the subject from the title and merges its other spelling and surname', () => {
    expect(facts.subject).toBe('Maren Halvik');
    expect(namesOf(facts, 'Halvik')).toEqual(['Halvik', 'Maren Halvik', 'Marren Halvik']);
  });

  it('reads birth and death places, allegiances and a place named two ways', () => {
    expect(facts.registry.find('Kessling')?.kind).toBe('place');
    expect(facts.registry.find('Kingdom of Halvia')?.kind).toBe('side');
    expect(namesOf(facts, 'Orvath')).toEqual(['Orvath', 'Orvathy']);
    expect(facts.registry.find('General Oskar Brandt')?.names).toEqual(['Oskar Brandt', 'Brandt']);
  });
});
