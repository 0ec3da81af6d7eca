import { beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../shared/deck';
import { deriveDeck } from './derive-deck';

/** Real sentences from the development corpus (and the Tarnow fixture) that once made broken prompts. */
const article = [
  '= Numbers in Prose =',
  '',
  'The Battle of Tarnow Bridge was fought on 3 and 4 September 1413 at Tarnow, where the army of Ostmark under Radomir Velkov stormed the last bridge.',
  '',
  '== Armies ==',
  '',
  'Velkov brought 8,000 men, most of them veterans of Varnholt. Manila is the second most populous city in the Philippines after the former capital Quezon City with a population of 1,780,148 in 2015. Some 100,000 civilians were killed in Manila in February 1945.',
  '',
  '== Heads ==',
  '',
  'San Lorenzo Colossal Head 8 stands 2.2 metres high; it measures 1.65 metres wide by 1.6 metres deep and weighs 13 tons. La Venta Monument 2 measures 1.63 metres high by 1.35 metres wide. Radiocarbon dating of the monument’s context dates it to between 1000 and 600 BC. The Korean People Army took Hill 209 in 1950.',
  '',
  '== Squadrons ==',
  '',
  'No. 20 Squadron was reactivated on 1 April 2015 to support airfield operations at RAAF Base Woomera, South Australia. Nos. 11 and 20 Squadrons moved to Bowen, Queensland, on 7 May 1942.',
  '',
  '== Names ==',
  '',
  'During the Brunei invasion of the Philippines, Sultan Bolkiah of Brunei captured Seludong and renamed it Maynilà, a Tagalog term referring to the presence of the Nila shrub.',
].join('\n');

let deck: Deck;
beforeAll(() => {
  deck = deriveDeck(article, { limit: 200 });
}, 60_000);

const prompts = () => deck.questions.map((q) => q.prompt);

describe('numbers and dates in prompts', () => {
  it('never cuts a prompt at the comma or the point inside a number', () => {
    for (const prompt of prompts()) expect(prompt).not.toMatch(/\b\d{1,3}\?$/);
    expect(prompts().some((p) => p.includes('8,000 men') || p.includes('how many men'))).toBe(true);
  });

  it('lowercases a sentence opener moved inside a question', () => {
    expect(prompts().some((p) => /were some 100,000 civilians killed/.test(p))).toBe(true);
    for (const prompt of prompts()) expect(prompt).not.toMatch(/\w \bSome 100,000/);
  });

  it('takes the day and month with the year: "on 3 and 4 September" leaves no fragment', () => {
    for (const prompt of prompts()) expect(prompt).not.toMatch(/\bon 3 and\b(?! 4)/);
  });

  it('treats numbered names as names: Head 8, Monument 2, Hill 209, No. 20 Squadron', () => {
    for (const q of deck.questions) {
      expect(['8', '2', '209', '20', '209 AD']).not.toContain(q.answer);
      expect(q.accepted ?? []).not.toContain('209 AD');
      expect(q.prompt).not.toMatch(/^(?:Which number fills the blank\? )?(?:20|11 and 20) Squadrons?\b/);
      expect(q.answer).not.toBe('Nos');
    }
  });

  it('asks a BC range whole, with its era, and never accepts an AD year for it', () => {
    const range = deck.questions.find((q) => q.answer === 'Between 1000 and 600 BC');
    expect(range?.accepted).toContain('1000–600 BC');
    for (const q of deck.questions) {
      expect(q.prompt).not.toMatch(/between ____ and 600|between 1000 and ____/);
      expect(q.accepted ?? []).not.toContain('1000 AD');
    }
  });

  it('never blanks a name inside a compound ("the ____ shrub", "a ____ term")', () => {
    for (const prompt of prompts()) expect(prompt).not.toMatch(/____ (?:shrub|term)\b/);
  });
});

describe('numbers that are not years or counts', () => {
  it('asks no year of a quantity after "to", and no count of a measurement', () => {
    const deck = deriveDeck(
      [
        '= Light Tank =',
        '',
        'The War Office ordered 70 tanks, an order that eventually increased to 220. Production was delayed by several factors, and as a consequence, only 100 to 177 of the tanks were produced in 1942. La Venta Monument 4 measures 2.26 metres high by 1.98 metres wide and 1.86 metres deep.',
      ].join('\n'),
      { limit: 50 },
    );
    for (const q of deck.questions) {
      if (q.topic === 'dates') expect(['220', '177', '100']).not.toContain(q.answer);
      expect(['1.98', '2.26', '1.86', '98', '26', '86']).not.toContain(q.answer);
    }
  });
});
