import { describe, expect, it } from 'vitest';
import { createAnalyser, splitSentencesNlp, toInfinitive } from './nlp';

describe('splitSentencesNlp', () => {
  it('does not end a sentence at the full stop of "No." before a number', () => {
    const paragraph =
      'No. 20 Squadron is a Royal Australian Air Force (RAAF) support squadron. Coming under the control of No. 96 Wing, it is responsible for the management of the airfield at RAAF Base Woomera, South Australia.';
    expect(splitSentencesNlp(paragraph)).toEqual([
      'No. 20 Squadron is a Royal Australian Air Force (RAAF) support squadron.',
      'Coming under the control of No. 96 Wing, it is responsible for the management of the airfield at RAAF Base Woomera, South Australia.',
    ]);
  });

  it('keeps initials and titles inside a sentence', () => {
    expect(splitSentencesNlp('Maj. John G. Smith led the attack. It failed.')).toEqual([
      'Maj. John G. Smith led the attack.',
      'It failed.',
    ]);
  });

  it('ends a sentence at a quotation that ends it, not at one the sentence goes on after', () => {
    expect(
      splitSentencesNlp(
        'Clinton wrote that Parker would have "the glory of being defeated alone." The attack was set for June 24. "We hold," said Moultrie.',
      ),
    ).toEqual([
      'Clinton wrote that Parker would have "the glory of being defeated alone."',
      'The attack was set for June 24.',
      '"We hold," said Moultrie.',
    ]);
  });

  it('ends a sentence at an initialism before "The" or "A"', () => {
    expect(splitSentencesNlp('The museum is in Washington, D.C. A replica stands in Boston.')).toEqual([
      'The museum is in Washington, D.C.',
      'A replica stands in Boston.',
    ]);
  });
});

describe('verb forms for questions', () => {
  it('finds the plain form of a past tense read alone as an adjective, and the particle of a phrasal verb', () => {
    expect(toInfinitive('organized')).toBe('organize');
    const s = 'Kerr grew up in Dunedin.';
    const [verb] = createAnalyser([s])(s).verbs;
    expect(verb).toMatchObject({ main: 'grew', particle: 'up', tense: 'Past' });
  });
});
