import { RECALL_LEVELS } from './recall-thresholds';

export interface Bucket {
  /** "7–21 days", "40–50%": what a bar stands for. */
  label: string;
  count: number;
}

/** Cards whose field lies in [from, to): one index range each. */
export interface Band {
  label: string;
  from: number;
  to: number;
}

/**
 * New cards have stability and difficulty 0, studied cards never do: starting the first band
 * just above 0 leaves new cards out.
 */
const ABOVE_ZERO = Number.MIN_VALUE;

function bands(edges: readonly number[], labels: readonly string[]): Band[] {
  return labels.map((label, i) => ({ label, from: edges[i] ?? ABOVE_ZERO, to: edges[i + 1] ?? Infinity }));
}

/** FSRS stability in days: how long until recall falls to 90%. */
export const STABILITY_BANDS = bands(
  [ABOVE_ZERO, 1, 3, 7, 21, 90, 365],
  ['under 1 day', '1–3 days', '3–7 days', '7–21 days', '21–90 days', '90–365 days', 'over a year'],
);

/** FSRS difficulty runs from 1 (easy) to 10 (hard): nine one-point bands, the last one closed. */
export const DIFFICULTY_BANDS = bands(
  [ABOVE_ZERO, 2, 3, 4, 5, 6, 7, 8, 9],
  Array.from({ length: 9 }, (_, i) => `${i + 1}–${i + 2}`),
);

export interface Distributions {
  /** Studied cards (new cards have no memory state yet). */
  cards: number;
  stability: Bucket[];
  difficulty: Bucket[];
  retrievability: Bucket[];
  /** Share of studied cards with a chance of recall of 90% or more now; null with none studied. */
  shareAbove90: number | null;
}

/**
 * Ten 10% bands of today's chance of recall, from how many studied cards are below each
 * level (RECALL_LEVELS order): a band holds the cards below its top but not below its bottom.
 */
export function recallBuckets(belowLevel: readonly number[], studied: number): Bucket[] {
  const below = [0, ...belowLevel, studied];
  return below.slice(1).map((count, i) => ({
    label: `${i * 10}–${i * 10 + 10}%`,
    count: count - (below[i] ?? 0),
  }));
}

/** The memory charts from counts per band and per recall level. */
export function distributionsFrom(counts: {
  studied: number;
  stability: readonly number[];
  difficulty: readonly number[];
  belowRecallLevel: readonly number[];
}): Distributions {
  const withCounts = (list: readonly Band[], values: readonly number[]) =>
    list.map(({ label }, i) => ({ label, count: values[i] ?? 0 }));
  const below90 = counts.belowRecallLevel[RECALL_LEVELS.indexOf(90)] ?? 0;
  return {
    cards: counts.studied,
    stability: withCounts(STABILITY_BANDS, counts.stability),
    difficulty: withCounts(DIFFICULTY_BANDS, counts.difficulty),
    retrievability: recallBuckets(counts.belowRecallLevel, counts.studied),
    shareAbove90: counts.studied === 0 ? null : (counts.studied - below90) / counts.studied,
  };
}
