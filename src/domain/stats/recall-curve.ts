/**
 * FSRS-6's forgetting curve with its default parameters, which Muster always uses:
 * recall(t) = (1 + FACTOR · t / S) ^ -DECAY, FACTOR chosen so that recall is 90% when t = S,
 * rounded to 8 places as ts-fsrs rounds it.
 *
 * ts-fsrs has this curve, and the scheduler wrapper uses it; this copy exists because every
 * card write needs it (card-index.ts) and anything imported from ts-fsrs brings the whole
 * library (about 7 KB gzip) into the first page load, which has no room for it.
 * recall-curve.test.ts holds it to ts-fsrs exactly, so a change there fails the tests.
 */
export const FSRS6_DECAY = 0.1542;

const round8 = (value: number) => Math.round(value * 1e8) / 1e8;
const FACTOR = round8(0.9 ** (-1 / FSRS6_DECAY) - 1);

/** Chance of recall `days` whole days after a review that left `stability`. */
export function recallAfterDays(stability: number, days: number): number {
  return round8((1 + (FACTOR * days) / stability) ** -FSRS6_DECAY);
}

/**
 * Whole days after a review until recall first falls below `level` (0–1), counted the way
 * the scheduler's retrievability counts them: whole days elapsed, stability to 8 places.
 */
export function daysUntilRecallBelow(stability: number, level: number): number {
  const s = +stability.toFixed(8);
  const stillAbove = (days: number) => recallAfterDays(s, days) >= level;
  // Recall never rises with time, and the 8-place rounding can hold it flat for thousands of
  // days far out on the curve's long tail: search, starting from the curve solved for t.
  let high = Math.max(1, Math.ceil((s * (level ** (-1 / FSRS6_DECAY) - 1)) / FACTOR));
  while (stillAbove(high)) high *= 2;
  let low = 0; // recall is 100% on the day of the review
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (stillAbove(middle)) low = middle;
    else high = middle;
  }
  return high;
}
