import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { deriveDeck } from '../../domain/article/derive-deck';
import { MAX_ARTICLE_CHARS } from '../../domain/article/parse-article';
import { type Measurement, summarize } from '../measure';

const SEED = 'decks/siege-of-emesa/article.txt';
const CORPUS = ['tests/fixtures/corpus/manila.txt', 'tests/fixtures/corpus/nerva.txt'];

/** A real 60,000-character article: Manila, continued with Nerva's sections (both CC BY-SA 3.0). */
function sixtyThousandChars(): string {
  const [manila = '', nerva = ''] = CORPUS.map((path) => readFileSync(path, 'utf8'));
  const sections = nerva.slice(nerva.indexOf('\n== '));
  return `${manila}\n${sections}`.slice(0, 60_000);
}

/** One sentence of about 1 MB, no full stop until the end: the worst case for sentence-level work. */
function oneSentence(chars = MAX_ARTICLE_CHARS - 1000): string {
  const clause = 'the army of General Teodor Vask marched from Holmgard to Tarnow with 1,200 men and ';
  return `= The Long March =\n\n${clause.repeat(Math.ceil(chars / clause.length)).slice(0, chars)}.`;
}

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

/**
 * Deck deriver: the seed article, a real 60,000-character one, a ~1 MB one and a ~1 MB single
 * sentence. The seed's budget was 50 ms before the NLP library; tagging with compromise costs
 * more, so the budget is now 250 ms (README, "Decks from articles").
 */
export async function run(): Promise<Measurement[]> {
  const seed = readFileSync(SEED, 'utf8');
  const cold = time(() => deriveDeck(seed), 1)[0] ?? 0; // the first derive loads the library's lexicon
  time(() => deriveDeck(seed), 5); // warm up the JIT
  const small = summarize(time(() => deriveDeck(seed), 30));
  const sixty = sixtyThousandChars();
  time(() => deriveDeck(sixty), 1);
  const typical = summarize(time(() => deriveDeck(sixty), 5));
  const big = largeArticle();
  const large = summarize(time(() => deriveDeck(big), 3));
  const runOn = oneSentence();
  const sentence = summarize(time(() => deriveDeck(runOn), 3));
  return [
    { name: 'seed article → deck, first derive (library loads)', value: cold, unit: 'ms' },
    { name: 'seed article → deck, median', value: small.median, unit: 'ms' },
    { name: 'seed article → deck, p95', value: small.p95, unit: 'ms', budget: 250 },
    { name: '60,000-character article → deck, median of 5', value: typical.median, unit: 'ms', budget: 1000 },
    {
      name: `${(runOn.length / 1e6).toFixed(2)} MB single sentence → deck, median of 3`,
      value: sentence.median,
      unit: 'ms',
    },
    {
      name: `${(big.length / 1e6).toFixed(2)} MB article → deck, median of 3`,
      value: large.median,
      unit: 'ms',
    },
  ];
}
