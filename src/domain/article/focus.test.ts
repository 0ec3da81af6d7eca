import { describe, expect, it } from 'vitest';
import { findFoci } from './focus';
import { mentionFinder } from './mentions';
import { createAnalyser } from './nlp';

const fociOf = (sentence: string) =>
  findFoci(sentence, mentionFinder([])(sentence), createAnalyser([sentence])(sentence)).map(
    (f) => `${f.kind}:${f.text}${f.sure ? ' (sure)' : ''}`,
  );

describe('findFoci', () => {
  it('takes a battle whole, not the place it is named after', () => {
    const foci = fociOf('She was damaged during the Battle of the Yellow Sea and the Battle of Tsushima.');
    expect(foci).toEqual(
      expect.arrayContaining(['battle:Battle of the Yellow Sea', 'battle:Battle of Tsushima']),
    );
    expect(foci.some((f) => f.endsWith(':Tsushima'))).toBe(false);
  });

  it('reads a number after "to" as a year only when the number before it is one', () => {
    expect(
      fociOf('The War Office ordered 70 tanks, an order that eventually increased to 220.'),
    ).not.toContain('year:220');
    expect(fociOf('Only 100 to 177 of the tanks were produced.')).not.toContain('year:177');
    expect(fociOf('The squadron flew patrols from 1939 to 1945.')).toEqual(
      expect.arrayContaining(['year:1939', 'year:1945']),
    );
  });

  it('takes "Mark VIII" for a designator and "the Army" for an organisation', () => {
    const foci = fociOf(
      'The first Tetrarchs were delivered to the Army in November 1940, and the Mark VIII followed.',
    );
    expect(foci).toContain('organisation:Army');
    expect(foci.some((f) => f.includes('Mark VIII'))).toBe(false);
  });

  it('is sure of a place only after words that put a place there', () => {
    expect(fociOf('Twenty were sent to the USSR as part of the Lend-Lease program.')).toContain(
      'place:USSR (sure)',
    );
  });

  it('takes a name after "versions of the" or "sister ships to" for a ship, not a person or a place', () => {
    expect(
      fociOf(
        'The Confederacy built ships designed as smaller versions of the Virginia, many of which saw action.',
      ),
    ).toContain('ship:Virginia');
    expect(
      fociOf(
        'France proceeded to construct 16 ironclad warships, including two more sister ships to Gloire.',
      ),
    ).toContain('ship:Gloire');
  });

  it('asks "which name", not "who", of a lone first-name-like word where a place goes', () => {
    expect(
      fociOf(
        'Osbert, however, continued to call himself "archdeacon" even though he held land as a secular lord, including lands in Lacy and Skipton.',
      ),
    ).toContain('place:Lacy');
  });

  it('takes a Spanish or French body ("Secretaría", "Instituto") for an organisation, not a person', () => {
    const foci = fociOf(
      'The Mexican Secretaría de Relaciones Exteriores announced that the Instituto Nacional de Antropología e Historia would donate a replica to Ethiopia.',
    );
    expect(foci).toContain('organisation:Instituto Nacional de Antropología');
    expect(foci.some((f) => f.startsWith('person:Instituto'))).toBe(false);
  });

  it('never takes a period for a place or a person', () => {
    const foci = fociOf(
      'All of the stone heads have been assigned to the Preclassic period of Mesoamerican chronology, generally to the Early Preclassic.',
    );
    expect(foci.some((f) => f.includes('Early Preclassic'))).toBe(false);
  });

  it('takes the object of "adopted" for a person', () => {
    expect(fociOf('After some deliberation Nerva adopted Trajan as his successor.')).toContain(
      'person:Trajan',
    );
  });
});

describe('findFoci names of places', () => {
  it('takes a church or a boulevard named after a person for a place', () => {
    const foci = fociOf(
      'Spanish missionaries built some of the oldest churches in the country, including San Agustin Church.',
    );
    expect(foci.some((f) => f.startsWith('person:'))).toBe(false);
  });
});
