import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { deriveDeck } from '../../domain/article/derive-deck';
import { MAX_ARTICLE_CHARS } from '../../domain/article/parse-article';
import { type Measurement, summarize } from '../measure';

const SEED = 'decks/siege-of-emesa/article.txt';

/**
 * A ~1 MB article in the same format: many sections of battle prose with numbered names,
 * so the deriver meets thousands of people, places, years and numbers.
 */
export function largeArticle(targetChars = MAX_ARTICLE_CHARS - 10_000): string {
  const parts = [
    '= War of the Many Fords (1400–1450) =',
    '',
    'Infobox',
    '- Date: 1400 AD',
    '- Commander1: Radomir Velkov, Aldo Brecht',
    '- Combatant1: Kingdom of Ostmark',
    '- Commander2: Hadrian Moss',
    '- Combatant2: Duchy of Pellau',
    '- Strength1: 12,500 infantry,, 900 horsemen',
    '',
    'The war was fought over the fords of the Sorn river in order to control the grain towns.',
  ];
  let length = parts.join('\n').length;
  for (let i = 0; length < targetChars; i++) {
    const year = 1400 + (i % 50);
    const section = [
      '',
      `== Campaign ${i + 1} ==`,
      `In ${year} General Teodor Vask${i} ibn Marek marched from Holmgard${i} to Tarnow${i} with ${(1000 + i * 7).toLocaleString('en')} men.`,
      `Teodor Vask${i} placed his archers above Brisk${i} (Briskholm${i} to the Danes), so that the column would cross under their fire.`,
      `When the enemy saw the baggage burning, they fled toward Lenz${i} within three or four days.`,
      `The victory not only secured Tarnow${i} but also forced Pellau to pay ${(2000 + i).toLocaleString('en')} crowns.`,
    ].join('\n');
    parts.push(section);
    length += section.length + 1;
  }
  return parts.join('\n');
}

function time(fn: () => void, runs: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Deck deriver: the seed article and a ~1 MB one. */
export async function run(): Promise<Measurement[]> {
  const seed = readFileSync(SEED, 'utf8');
  time(() => deriveDeck(seed), 5); // warm up the JIT
  const small = summarize(time(() => deriveDeck(seed), 50));
  const big = largeArticle();
  const large = summarize(time(() => deriveDeck(big), 3));
  return [
    { name: 'seed article → deck, median', value: small.median, unit: 'ms' },
    { name: 'seed article → deck, p95', value: small.p95, unit: 'ms', budget: 50 },
    {
      name: `${(big.length / 1e6).toFixed(2)} MB article → deck, median of 3`,
      value: large.median,
      unit: 'ms',
    },
  ];
}
