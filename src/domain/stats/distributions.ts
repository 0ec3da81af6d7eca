import type { RatedCard } from './rated-card';

export interface Bucket {
  /** "7–21 days", "40–50%": what a bar stands for. */
  label: string;
  count: number;
}

export interface Distributions {
  /** Studied cards (new cards have no memory state yet). */
  cards: number;
  stability: Bucket[];
  difficulty: Bucket[];
  retrievability: Bucket[];
  /** Means, or null with no studied cards. */
  meanRetrievability: number | null;
  meanDifficulty: number | null;
}

const STABILITY_EDGES = [1, 3, 7, 21, 90, 365];
const STABILITY_LABELS = [
  'under 1 day',
  '1–3 days',
  '3–7 days',
  '7–21 days',
  '21–90 days',
  '90–365 days',
  'over a year',
];

function bucketIndex(edges: readonly number[], value: number): number {
  const index = edges.findIndex((edge) => value < edge);
  return index < 0 ? edges.length : index;
}

/** FSRS's memory state across the studied cards, in buckets a learner can read. */
export function fsrsDistributions(cards: readonly RatedCard[]): Distributions {
  const stability = STABILITY_LABELS.map((label) => ({ label, count: 0 }));
  // Difficulty runs from 1 (easy) to 10 (hard): nine one-point buckets.
  const difficulty = Array.from({ length: 9 }, (_, i) => ({ label: `${i + 1}–${i + 2}`, count: 0 }));
  const retrievability = Array.from({ length: 10 }, (_, i) => ({
    label: `${i * 10}–${i * 10 + 10}%`,
    count: 0,
  }));
  let studied = 0;
  let recallSum = 0;
  let difficultySum = 0;
  for (const { card, recall } of cards) {
    if (card.queue === 'new') continue;
    studied++;
    const s = stability[bucketIndex(STABILITY_EDGES, card.fsrs.stability)];
    if (s) s.count++;
    const d = difficulty[Math.min(8, Math.max(0, Math.floor(card.fsrs.difficulty) - 1))];
    if (d) d.count++;
    difficultySum += card.fsrs.difficulty;
    recallSum += recall;
    const r = retrievability[Math.min(9, Math.floor(recall * 10))];
    if (r) r.count++;
  }
  return {
    cards: studied,
    stability,
    difficulty,
    retrievability,
    meanRetrievability: studied === 0 ? null : recallSum / studied,
    meanDifficulty: studied === 0 ? null : difficultySum / studied,
  };
}
