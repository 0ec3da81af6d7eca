import { describe, expect, it } from 'vitest';
import { amountSpellings, nameOptions, numberDistractors, yearDistractors } from './distractors';
import { kindEvidence } from './kind-evidence';
import { nameKey } from './names';

const pools = { amountsByUnit: new Map<string, string[]>(), years: [] as string[] };

describe('amountSpellings', () => {
  it('accepts a number with or without its commas', () => {
    expect(amountSpellings('4,000')).toEqual(['4000']);
  });

  it('keeps a range a range: other ways to write it, never one of its ends', () => {
    const spellings = amountSpellings('9,000–10,000');
    expect(spellings).toEqual(expect.arrayContaining(['9000–10000', '9,000-10,000', '9,000 to 10,000']));
    expect(spellings).not.toContain('9,000');
    expect(spellings).not.toContain('10,000');
    expect(amountSpellings('five or six')).toEqual(expect.arrayContaining(['5 or 6', '5–6']));
    expect(amountSpellings('five or six')).not.toContain('5');
  });
});

describe('numberDistractors', () => {
  it('offers amounts near the answer, as round as it, in the same form', () => {
    const options = numberDistractors({ text: '8,000 men', unit: 'men', value: 8000 }, pools, 's');
    expect(options.length).toBeGreaterThanOrEqual(3);
    for (const o of options) {
      expect(o).toMatch(/^\d{1,2},\d00$/);
      const v = Number(o.replace(/,/g, ''));
      expect(v / 8000).toBeGreaterThanOrEqual(0.5);
      expect(v / 8000).toBeLessThanOrEqual(3);
    }
  });

  it('a range gets ranges of the same width; words get words', () => {
    const ranges = numberDistractors({ text: '11,000–12,000 men', unit: 'men', value: 11000 }, pools, 's');
    for (const o of ranges) expect(o).toMatch(/^[\d,]+–[\d,]+$/);
    const words = numberDistractors({ text: 'three columns', unit: 'columns', value: 3 }, pools, 's');
    for (const o of words) expect(o).toMatch(/^[a-z]+$/);
  });

  it('takes the article’s own amounts of the same unit only when they are near', () => {
    const near = { amountsByUnit: new Map([['people', ['400,000', '30,000']]]), years: [] };
    const options = numberDistractors({ text: '42,857 people', unit: 'people', value: 42857 }, near, 's');
    expect(options).toContain('30,000');
    expect(options).not.toContain('400,000');
  });
});

describe('yearDistractors', () => {
  it('stays within a few years and in the same era', () => {
    const bc = yearDistractors('490 BC', { years: ['480 BC', '1200', '500 BC'] }, 's');
    for (const y of bc) expect(y).toMatch(/^\d+ BC$/);
    expect(bc).toEqual(expect.arrayContaining(['480 BC', '500 BC']));
    const modern = yearDistractors('1898', { years: ['1970', '2010', '1896'] }, 's');
    expect(modern).toContain('1896');
    for (const y of modern) expect(Math.abs(Number(y) - 1898)).toBeLessThanOrEqual(25);
  });

  it('never offers a year the sentence already gives', () => {
    const sentence = 'During the reign of Sultan Bolkiah from 1485 to 1521, the Bruneian Empire invaded.';
    const options = yearDistractors('1521', { years: ['1485', '1565', '1519'] }, 's', sentence);
    expect(options).not.toContain('1485');
    expect(options).not.toContain('1521');
  });
});

/** What every name-option test shares: nothing typed elsewhere, no title, two lower-case words. */
const base = {
  otherKinds: new Set<string>(),
  titleKeys: new Set<string>(),
  commonWords: new Set(['hospital', 'empire']),
  sentence: '',
  seed: 'seed',
};

describe('nameOptions', () => {
  it('never offers an alias, a part, a reordering, or a name the sentence gives', () => {
    const options = nameOptions({
      ...base,
      answer: 'Cassius Dio',
      entity: { names: ['Cassius Dio', 'Dion Cassius'] },
      candidates: [['Dion Cassius', 'Dio', 'Pliny the Younger', 'Suetonius', 'Tacitus', 'Trajan']],
      sentence: 'Trajan was adopted, writes Cassius Dio.',
    });
    expect(options).toHaveLength(3);
    for (const o of ['Dion Cassius', 'Dio', 'Trajan']) expect(options).not.toContain(o);
  });

  it('drops possessives, lone common words, nationalities and names typed as another kind', () => {
    const options = nameOptions({
      ...base,
      answer: 'Quezon City',
      candidates: [["Metro Manila's", 'Hospital', 'French', 'Bolkiah', 'Pasay', 'Makati', 'Taguig']],
      otherKinds: new Set([nameKey('Bolkiah')]),
    });
    expect(options.sort()).toEqual(['Makati', 'Pasay', 'Taguig']);
  });

  it('offers no fragment, plural common word, plant or school for a sure place', () => {
    const boston = nameOptions({
      ...base,
      answer: 'Boston',
      sure: true,
      candidates: [['Arts', 'Proprietors', 'Concord', 'Salem', 'Cambridge']],
      sureNames: new Set(['concord', 'cambridge']),
    });
    expect(boston.sort()).toEqual(['Cambridge', 'Concord', 'Salem']);
    const ussr = nameOptions({
      ...base,
      answer: 'USSR',
      sure: true,
      candidates: [['Scotland', 'Commando', 'Tank Training Schools', "Sturt's Desert Pea", 'Normandy', 'C']],
      sureNames: new Set(),
    });
    expect(ussr.sort()).toEqual(['Normandy', 'Scotland']);
  });

  it('offers no bare first name, adjective or building for a person', () => {
    const options = nameOptions({
      ...base,
      answer: 'Marcos',
      kind: 'person',
      candidates: [
        ['John', 'Roman', 'Julio-Claudian', 'Palacio de Santa Potenciana', 'Lim', 'Taft', 'Aquino'],
      ],
      modifiers: new Set(['john', 'roman', 'julio claudian']),
    });
    expect(options.sort()).toEqual(['Aquino', 'Lim', 'Taft']);
  });

  it('offers no sentence start, people or name cut at a full stop for a person', () => {
    const options = nameOptions({
      ...base,
      answer: 'Marcos',
      kind: 'person',
      candidates: [
        ['However Abu Ubaidah', 'Christian Arab', 'José R', 'Dr', 'San Miguel', 'Lim', 'Taft', 'Aquino'],
      ],
    });
    expect(options.sort()).toEqual(['Aquino', 'Lim', 'Taft']);
  });

  it('takes names typed like the answer before the rest', () => {
    const options = nameOptions({
      ...base,
      answer: 'Mainz',
      candidates: [
        ['Rome', 'Narni'],
        ['Pliny', 'Cassius Dio', 'Domitian', 'Gloucester'],
      ],
    });
    expect(options.slice(0, 2).sort()).toEqual(['Narni', 'Rome']);
  });

  it('prefers options written like the answer: an acronym for an acronym', () => {
    const options = nameOptions({
      ...base,
      answer: 'USSR',
      candidates: [['France', 'Scotland', 'Madagascar', 'RAF', 'USA', 'UK']],
    });
    expect(options.sort()).toEqual(['RAF', 'UK', 'USA']);
  });
});

/** Sentences spread over an article: "from Virginia", "from Savannah", a word only inside a longer name. */
const ARTICLE = [
  'Continental regiments came from North Carolina and Virginia.',
  'In 1876 companies from Savannah, Augusta, Macon and Boston were invited to Charleston.',
  'The site was restored by the Instituto de Antropología e Historia.',
];

describe('nameOptions like for like', () => {
  it('offers no name the article shows to be a place for a person', () => {
    const options = nameOptions({
      ...base,
      answer: 'Clinton',
      kind: 'person',
      candidates: [
        ['Virginia', 'Savannah', 'Admiral Parker', 'William Tryon', 'Josiah Martin', 'General Lee'],
      ],
      evidence: kindEvidence(ARTICLE),
    });
    expect(options).not.toContain('Virginia');
    expect(options).not.toContain('Savannah');
    expect(options).toHaveLength(3);
  });

  it('offers no site for a country, no event, direction, cut abbreviation or title alone', () => {
    const place = nameOptions({
      ...base,
      answer: 'South Carolina',
      kind: 'place',
      candidates: [
        ['Fort Moultrie', 'Cape Fear', 'Charleston Harbor', 'Siberian Intervention', 'West', 'Georgia'],
      ],
    });
    expect(place).toEqual(['Georgia']);
    const organisation = nameOptions({
      ...base,
      answer: 'Imperial Japanese Navy',
      kind: 'organisation',
      candidates: [['Shipbuilding Co', 'Squadron Leader Chris Dixon', 'Royal Australian Air Force']],
    });
    expect(organisation).toEqual(['Royal Australian Air Force']);
    const person = nameOptions({
      ...base,
      answer: 'Nerva',
      kind: 'person',
      candidates: [['Roman Emperor', 'Trajan']],
    });
    expect(person).toEqual(['Trajan']);
    const country = nameOptions({
      ...base,
      answer: 'Tasmania',
      kind: 'place',
      candidates: [['Queen', 'Victoria']],
    });
    expect(country).toEqual(['Victoria']);
  });

  it('offers no word that the article only uses inside a longer name', () => {
    const options = nameOptions({
      ...base,
      answer: 'Shook',
      kind: 'person',
      candidates: [['Historia', 'William Coe']],
      evidence: kindEvidence(ARTICLE),
    });
    expect(options).toEqual(['William Coe']);
  });
});

describe('nameOptions of the answer’s own kind', () => {
  const evidence = kindEvidence([
    'The lava beds formed in the early Pliocene.',
    'Her father bought her a Cessna Skyhawk airplane.',
    'She raced in Formula Atlantic racing before moving to the CART World Series.',
    'The storm was described in the May 1901 issue of Nature.',
    'She was appointed Minister of Fisheries in 1972.',
    'Diana Rusk sold the hangar to her cousin.',
  ]);

  it('offers no aircraft, "-like" adjective, bare first name or verb for a person', () => {
    const options = nameOptions({
      ...base,
      answer: 'Walter Brandt',
      kind: 'person',
      candidates: [
        ['Cessna Skyhawk', 'Elvis Presley-like', 'Diana', 'Exchange', 'Otto Klemm', 'Karl Vogt', 'Hugo Lenz'],
      ],
      evidence,
    });
    expect(options.sort()).toEqual(['Hugo Lenz', 'Karl Vogt', 'Otto Klemm']);
  });

  it('offers no period, journal, racing series, military unit or office word for a place', () => {
    const options = nameOptions({
      ...base,
      answer: 'Nevada',
      kind: 'place',
      candidates: [
        [
          'Pliocene',
          'Nature',
          'Formula Atlantic',
          'Georgia Artillery',
          'Fisheries',
          'Utah',
          'Idaho',
          'Oregon',
        ],
      ],
      evidence,
    });
    expect(options.sort()).toEqual(['Idaho', 'Oregon', 'Utah']);
  });

  it('offers a school for a school and an armed service for an armed service, not one for the other', () => {
    const force = nameOptions({
      ...base,
      answer: 'Air Force',
      kind: 'organisation',
      candidates: [['Hutchins College', 'Ashby Grammar School', 'Royal Navy', 'Coastal Command']],
    });
    expect(force.sort()).toEqual(['Coastal Command', 'Royal Navy']);
    const school = nameOptions({
      ...base,
      answer: 'Hutchins College',
      kind: 'organisation',
      candidates: [['Royal Navy', 'Coastal Command', 'Ashby Grammar School', 'Melbourne University']],
    });
    expect(school.sort()).toEqual(['Ashby Grammar School', 'Melbourne University']);
  });

  it('offers a historical figure the article names alone, though the library knows the word as a first name', () => {
    const options = nameOptions({
      ...base,
      answer: 'Lee',
      kind: 'person',
      candidates: [['Grant', 'Sherman', 'Cleopatra', 'Diana']],
      evidence: kindEvidence([
        'Grant said the war was over.',
        'General Sherman marched to the sea.',
        'Cleopatra fled to Egypt.',
        'Diana Rusk was not there.',
      ]),
    });
    expect(options.sort()).toEqual(['Cleopatra', 'Grant', 'Sherman']);
  });

  it('offers a town or a body the library reads as a verb when the article shows it as one', () => {
    const evidence = kindEvidence([
      'The column marched from Reading and camped near Split.',
      'Two members of the Guard rode ahead.',
    ]);
    const place = nameOptions({
      ...base,
      answer: 'Oxford',
      kind: 'place',
      candidates: [['Reading', 'Split', 'Exchange']],
      evidence,
    });
    expect(place.sort()).toEqual(['Reading', 'Split']);
    const body = nameOptions({
      ...base,
      answer: 'Navy',
      kind: 'organisation',
      candidates: [['Guard']],
      evidence,
    });
    expect(body).toEqual(['Guard']);
  });

  it('offers no office alone, "Prime Minister" included', () => {
    const options = nameOptions({
      ...base,
      answer: 'Ian Smith',
      kind: 'person',
      candidates: [['Prime Minister', 'Roy Welensky']],
    });
    expect(options).toEqual(['Roy Welensky']);
  });
});
