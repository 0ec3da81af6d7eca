import type { Facts } from './facts';
import type { Mention } from './mentions';
import { type Entity, isNameOf, nameKey } from './names';
import { AMOUNT_WORDS, amountValue } from './patterns';
import { seededRandom, seededShuffle } from './question-kit';

/** Wrong options like the right one: same kind, same unit, same era, never another name of the answer. */

const WORD_OF = new Map(Object.entries(AMOUNT_WORDS).map(([word, value]) => [value, word]));
type Counted = Pick<Mention, 'text' | 'unit' | 'value'>;

/** The numeric part of a number mention ("4,000" of "4,000 reinforcements"). */
export function amountOf(mention: Counted): string {
  return mention.text.slice(0, mention.text.length - (mention.unit?.length ?? 0)).trim();
}

/** "4,000" → ["4000", "4,000"]; "five or six" → ["5 or 6", "five or six", "5", "6", "5-6"]. */
export function amountSpellings(amount: string): string[] {
  const parts = amount
    .split(/\s+or\s+/)
    .map((p) => AMOUNT_WORDS[p.toLowerCase()] ?? Number(p.replace(/,/g, '')));
  const spellings = [amount, parts.join(' or ')];
  if (parts.length === 1 && (parts[0] ?? 0) >= 1000) spellings.push((parts[0] ?? 0).toLocaleString('en'));
  if (parts.length === 2)
    spellings.push(parts.join('-'), parts.join('–'), String(parts[0]), String(parts[1]));
  return [...new Set(spellings.filter((s) => s !== amount))];
}

/** The amount written the way the answer is written (digits with or without commas, or words). */
function formatLike(answer: string, value: number): string {
  if (/^[a-z]/i.test(answer)) return WORD_OF.get(value) ?? String(value);
  return answer.includes(',') ? value.toLocaleString('en') : String(value);
}

/** What the distractors are drawn from, computed once per article. */
export interface Pools {
  /** Amounts in the article by unit ("men" → ["1,000", "4,000"]), at most a few each. */
  amountsByUnit: Map<string, string[]>;
  years: string[];
  people: Entity[];
  places: Entity[];
}

export function poolsOf(facts: Facts): Pick<Pools, 'amountsByUnit' | 'years'> {
  const amountsByUnit = new Map<string, string[]>();
  const years = new Set<string>();
  for (const mention of facts.sentences.flatMap((s) => s.mentions)) {
    if (mention.kind === 'year') years.add(String(mention.value));
    if (mention.kind !== 'number' || !mention.unit) continue;
    const list = amountsByUnit.get(mention.unit) ?? [];
    if (list.length < 8 && !list.includes(amountOf(mention))) list.push(amountOf(mention));
    amountsByUnit.set(mention.unit, list);
  }
  return { amountsByUnit, years: [...years].slice(0, 200) };
}

export function numberDistractors(mention: Counted, pools: Pools, seed: string): string[] {
  const amount = amountOf(mention);
  const value = mention.value ?? 0;
  const isRange = /\sor\s/.test(amount);
  const fromArticle = (pools.amountsByUnit.get(mention.unit ?? '') ?? [])
    .filter((a) => a !== amount && amountValue(a) !== value)
    .filter((a) => /\sor\s/.test(a) === isRange);
  const scaled = [1.5, 0.75, 2, 0.5, 1.25, 3]
    .map((factor) => Math.round(value * factor))
    .filter((v) => v > 0 && v !== value && (!/^[a-z]/i.test(amount) || WORD_OF.has(v) || isRange));
  const words = /^[a-z]/i.test(amount);
  const made = scaled
    .filter((v) => !words || (WORD_OF.has(v) && (!isRange || WORD_OF.has(v + 1))))
    .map((v) =>
      isRange ? `${formatLike(amount, v)} or ${formatLike(amount, v + 1)}` : formatLike(amount, v),
    );
  return [...new Set([...fromArticle, ...seededShuffle(made, seed)])];
}

/** Years near the answer in the same era ("490 BC" → "488 BC"), the article's own nearby years first. */
export function yearDistractors(answer: string, pools: Pick<Pools, 'years'>, seed: string): string[] {
  const value = Number(/\d+/.exec(answer)?.[0] ?? 0);
  const era = /\s*(?:AD|CE|BC|BCE)$/.exec(answer)?.[0] ?? '';
  const spread = Math.max(3, Math.round(value * 0.02));
  const fromArticle = pools.years
    .map(Number)
    .filter((y) => y !== value && Math.abs(y - value) <= spread * 4)
    .map((y) => `${y}${era}`);
  const near = [-2, -1, 1, 2, 3, -3]
    .map((d) => value + d * Math.ceil(spread / 3))
    .filter((y) => y > 0)
    .map((y) => `${y}${era}`);
  return [...new Set([...seededShuffle(fromArticle, seed), ...seededShuffle(near, seed)])].filter(
    (y) => y !== answer,
  );
}

/** True if two names share a word (an alias, a part or a reordering of the answer must never be a wrong option). */
export function sharesAWord(a: string, b: string): boolean {
  const words = (s: string) =>
    new Set(
      nameKey(s)
        .split(' ')
        .filter((w) => w.length > 2),
    );
  const first = words(a);
  return [...words(b)].some((w) => first.has(w));
}

/** Other entities of the same kind, never another name of the answer nor one the sentence already names. */
export function entityDistractors(
  entity: Entity,
  candidates: Entity[],
  sentence: string,
  seed: string,
): string[] {
  // Draw at random (seeded) instead of shuffling every entity: long articles have thousands.
  const random = seededRandom(seed);
  const picked: string[] = [];
  for (let tries = 0; tries < 40 && picked.length < 4 && candidates.length > 0; tries++) {
    const other = candidates[Math.floor(random() * candidates.length)];
    if (!other || other === entity || picked.includes(other.name)) continue;
    if (isNameOf(entity, other.name) || sharesAWord(entity.name, other.name)) continue;
    if (other.names.some((n) => sentence.includes(n))) continue;
    picked.push(other.name);
  }
  return picked;
}
