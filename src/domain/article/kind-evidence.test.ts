import { describe, expect, it } from 'vitest';
import { findFoci } from './focus';
import { isTitledName, kindEvidence } from './kind-evidence';
import { mentionFinder } from './mentions';
import { createAnalyser } from './nlp';
import { retypedByEvidence } from './sentence-context';

/** Sentences in the manner of an article on a naval battle: the evidence is spread over them. */
const BATTLE = [
  'The fleet was composed of nine ships: the flagship 50-gun Bristol, as well as the 50-gun Experiment and frigates Actaeon, Active, Solebay and Siren.',
  'Thunder and Friendship anchored about 1.5 miles from the fort while Parker took Active, Bristol, Experiment and Solebay to a closer position.',
  'The British reported 40 sailors killed aboard Bristol.',
  'Major General Henry Clinton, then in Boston, was to travel to Cape Fear.',
  'Continental regiments came from North Carolina and Virginia.',
  'In 1876 companies from Savannah, Augusta, Macon and Boston were invited to Charleston.',
  'Lee wrote from Wilmington on June 1 that the fleet had sailed.',
  'Ambrosio Tut reported the ruins to La Gaceta, a Guatemalan newspaper.',
  'The ship participated in the Siberian Intervention in 1918.',
  'The site was restored by the Instituto de Antropología e Historia.',
];

const focusOf = (sentence: string, text: string) => {
  const found = findFoci(sentence, mentionFinder([])(sentence), createAnalyser([sentence])(sentence));
  const focus = found.find((f) => f.text === text);
  if (!focus) throw new Error(`no focus ${text} in ${found.map((f) => f.text).join(', ')}`);
  return focus;
};

describe('kindEvidence', () => {
  const evidence = kindEvidence(BATTLE);

  it('reads a ship from a list of ships, "the 50-gun" and "aboard", though the name is a city', () => {
    expect(evidence.kindOf('Bristol')).toBe('ship');
    expect(evidence.kindOf('Solebay')).toBe('ship');
  });

  it('reads a place from "from X and Y" and "from X, Y and Z", though the library takes it for a first name', () => {
    expect(evidence.kindOf('Virginia')).toBe('place');
    expect(evidence.contradicts('Savannah', 'person')).toBe(true);
    expect(evidence.contradicts('Boston', 'place')).toBe(false);
  });

  it('reads a newspaper, an event and a titled person', () => {
    expect(evidence.kindOf('La Gaceta')).toBe('publication');
    expect(evidence.kindOf('Siberian Intervention')).toBe('event');
    expect(evidence.kindOf('Henry Clinton')).toBe('person');
    expect(isTitledName('Squadron Leader Chris Dixon')).toBe(true);
    expect(isTitledName('Prince Edward Island')).toBe(false);
  });

  it('knows a word that only stands inside a longer name', () => {
    expect(evidence.onlyInLongerNames('Historia')).toBe(true);
    expect(evidence.onlyInLongerNames('Boston')).toBe(false);
  });
});

describe('kindEvidence of organisations', () => {
  const evidence = kindEvidence([
    'In December 1969 it split into the Official IRA and the Provisional IRA.',
    'The killing of a local youth by members of the Official IRA turned opinion.',
    'Free Derry was an area of Derry, Northern Ireland.',
  ]);

  it('reads a body of people from "split into" and "members of", and asks it as one', () => {
    expect(evidence.kindOf('Official IRA')).toBe('organisation');
    expect(evidence.contradicts('Official IRA', 'place')).toBe(true);
    const sentence = 'The support waned after a killing by the Official IRA.';
    const focus = { kind: 'place' as const, text: 'Official IRA', start: 43, end: 55 };
    expect(retypedByEvidence(sentence, focus, evidence).kind).toBe('organisation');
  });

  it('reads "General Assembly" as a body, not a general', () => {
    expect(isTitledName('General Assembly')).toBe(false);
  });
});

describe('retypedByEvidence', () => {
  const evidence = kindEvidence(BATTLE);

  it('asks a ship, a newspaper and an event as what they are, never as a place', () => {
    const list = BATTLE[1] as string;
    expect(retypedByEvidence(list, { ...focusOf(list, 'Bristol'), kind: 'place' }, evidence).kind).toBe(
      'ship',
    );
    const report = BATTLE[7] as string;
    expect(retypedByEvidence(report, focusOf(report, 'La Gaceta'), evidence).kind).toBe('publication');
    const war = BATTLE[8] as string;
    expect(
      retypedByEvidence(war, { ...focusOf(war, 'Siberian Intervention'), kind: 'place' }, evidence).kind,
    ).toBe('event');
  });

  it('makes a place of a name the article uses as one, though the sentence alone reads a person', () => {
    const sentence = 'Companies from Savannah were invited.';
    const focus = { ...focusOf(sentence, 'Savannah'), kind: 'person' as const };
    expect(retypedByEvidence(sentence, focus, evidence)).toMatchObject({ kind: 'place', sure: true });
  });
});

describe('findFoci types', () => {
  it('reads a name that starts like a place ("Port Arthur") as a place, never a person', () => {
    const sentence = 'Asahi struck a mine off Port Arthur.';
    expect(focusOf(sentence, 'Port Arthur').kind).toBe('place');
  });

  it('never asks an era or a numbering abbreviation as a name', () => {
    const sentence = 'Tikal was conquered by Teotihuacan in the 4th century AD, Hayashi wrote in Vol. 37.';
    // The article's registry took "AD" and "Vol" for places (each stands alone after a number).
    const registry = ['AD', 'Vol'].map((name) => ({ id: name, kind: 'place' as const, name, names: [name] }));
    const mentions = mentionFinder(registry)(sentence);
    const texts = findFoci(sentence, mentions, createAnalyser([sentence])(sentence)).map((f) => f.text);
    expect(texts).not.toContain('AD');
    expect(texts).not.toContain('Vol');
  });
});

/** Made-up sentences with names that are neither people nor places: ages, machines, contests, doctrines. */
const NOT_PEOPLE_OR_PLACES = [
  'The lava beds formed in the early Pliocene, long after the Oligocene.',
  'Three shrines dating to Middle Tepeu times stand on the plaza.',
  'In 1963 the air arm began flying Hawker Hunter jet fighters.',
  'The squadrons were equipped with Matilda tanks.',
  'On her sixteenth birthday her father bought her a Cessna Skyhawk airplane.',
  'The airliner involved, a Douglas Dakota, came down near the border.',
  'She raced in Formula Atlantic racing before moving to the CART World Series.',
  'The admirals in the Nouvelle Marine naval doctrine favoured torpedo boats.',
  'The storm was described in the May 1901 issue of Nature.',
  'The spring lies three miles north of Oxbow.',
  'The nearest towns are Redfield, Kansas, and the village of Dunmore.',
  'Wheat is grown in western Kansas.',
  'She was appointed Minister of Fisheries in 1972.',
  'The boy king was a son of Smoking Jaguar.',
];

describe('kindEvidence of ages, machines, contests and doctrines', () => {
  const evidence = kindEvidence(NOT_PEOPLE_OR_PLACES);

  it('reads geological epochs and "X times" as periods, never places', () => {
    expect(evidence.kindOf('Pliocene')).toBe('period');
    expect(evidence.kindOf('Oligocene')).toBe('period');
    expect(evidence.kindOf('Middle Tepeu')).toBe('period');
    expect(evidence.contradicts('Middle Tepeu', 'place')).toBe(true);
  });

  it('reads aircraft by the noun after them or the airliner before them, never as people', () => {
    expect(evidence.kindOf('Hawker Hunter')).toBe('vehicle');
    expect(evidence.kindOf('Cessna Skyhawk')).toBe('vehicle');
    expect(evidence.kindOf('Douglas Dakota')).toBe('vehicle');
    expect(evidence.kindOf('Matilda')).toBe('vehicle');
    expect(evidence.contradicts('Cessna Skyhawk', 'person')).toBe(true);
  });

  it('reads racing series as competitions and a naval doctrine as an idea', () => {
    expect(evidence.kindOf('Formula Atlantic')).toBe('competition');
    expect(evidence.kindOf('CART World Series')).toBe('competition');
    expect(evidence.kindOf('Nouvelle Marine')).toBe('idea');
  });

  it('reads "the issue of X" as a publication', () => {
    expect(evidence.kindOf('Nature')).toBe('publication');
  });

  it('reads places from "north of X", "the village of X" and "X, <a place>"', () => {
    expect(evidence.kindOf('Oxbow')).toBe('place');
    expect(evidence.kindOf('Dunmore')).toBe('place');
    expect(evidence.kindOf('Redfield')).toBe('place');
  });

  it('reads "a son of X" as a person, though nothing in the name says so', () => {
    expect(evidence.kindOf('Smoking Jaguar')).toBe('person');
  });

  it('knows the word of an office ("Minister of Fisheries") stands only inside it', () => {
    expect(evidence.onlyInLongerNames('Fisheries')).toBe(true);
  });

  it('asks a racing series as a competition, never as a place', () => {
    const racing = NOT_PEOPLE_OR_PLACES[6] as string;
    const series = { ...focusOf(racing, 'CART World Series'), kind: 'place' as const };
    expect(retypedByEvidence(racing, series, evidence).kind).toBe('competition');
  });

  it('makes a place of a town the library takes for a surname', () => {
    const sentence = 'The creek sinks into the valley floor south of Oxbow.';
    const focus = { ...focusOf(sentence, 'Oxbow'), kind: 'person' as const };
    expect(retypedByEvidence(sentence, focus, evidence).kind).toBe('place');
  });
});

/** Made-up sentences where a noun after a name, or a word in it, is no sign of a machine, an age or a contest. */
const NOT_MACHINES = [
  'Taliban fighters crossed the border at night.',
  'RAF bombers struck the docks while KLAX helicopters waited.',
  'Churchill said the line would hold, and Churchill tanks moved up.',
  'Nelson Mandela, a freedom fighter, was released in 1990.',
  'Douglas Bader, a fighter pilot, lost both legs.',
  'Tim Morrow, a race car driver, won at Daytona.',
  'Ada Pryce flew the Atlantic alone; her nephew converted to Islam.',
  'Stalin said nothing, and the Stalin era lasted decades.',
  'The Discworld series sold well, and the Hunger Games followed.',
  'Crowds gathered for the Nuremberg Rally.',
  'The Ordnance Survey and the Ruritanian Geological Survey mapped the hills.',
  'The motorcade passed the state Governor John Conway.',
  'The envoy landed in the capital Morvia.',
];

describe('kindEvidence weighs a noun after a name below what the name itself shows', () => {
  const evidence = kindEvidence(NOT_MACHINES);

  it('reads no machine from fighters, an acronym before bombers, or a said-person before tanks', () => {
    expect(evidence.kindOf('Taliban')).not.toBe('vehicle');
    expect(evidence.kindOf('RAF')).not.toBe('vehicle');
    expect(evidence.kindOf('KLAX')).not.toBe('vehicle');
    expect(evidence.kindOf('Churchill')).toBe('person');
  });

  it('reads no machine from an appositive that goes on past its noun, nor from "flew the" or "converted to"', () => {
    for (const name of ['Nelson Mandela', 'Douglas Bader', 'Tim Morrow', 'Atlantic', 'Islam'])
      expect(evidence.kindOf(name)).not.toBe('vehicle');
  });

  it('reads no age from "the X era" when the article shows X to be a person', () => {
    expect(evidence.kindOf('Stalin')).toBe('person');
  });

  it('reads no competition from a bare "series", "Games" or "Rally"', () => {
    for (const name of ['Discworld', 'Hunger Games', 'Nuremberg Rally'])
      expect(evidence.kindOf(name)).not.toBe('competition');
  });

  it('reads a survey as a body, not an event', () => {
    expect(evidence.kindOf('Ordnance Survey')).toBe('organisation');
    expect(evidence.kindOf('Ruritanian Geological Survey')).toBe('organisation');
  });

  it('reads a place after "the capital" but none after "the state" without "of"', () => {
    expect(evidence.kindOf('John Conway')).toBe('person');
    expect(evidence.kindOf('Morvia')).toBe('place');
  });
});
