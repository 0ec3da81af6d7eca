/** A stretch of time [start, end), epoch ms: a study day or a week of them. */
export interface Span {
  start: number;
  end: number;
}

export interface Forecast {
  /** Cards coming due in each span (today first); today includes the overdue ones. */
  perSpan: number[];
  /** Cards already due before today began. */
  overdue: number;
  /** Cards due after the last span. */
  later: number;
}

/** Cards due in each span, before the first and after the last, gathered into a forecast. */
export function forecastFrom(counts: {
  perSpan: readonly number[];
  before: number;
  after: number;
}): Forecast {
  return {
    perSpan: counts.perSpan.map((count, i) => (i === 0 ? count + counts.before : count)),
    overdue: counts.before,
    later: counts.after,
  };
}

/** Consecutive runs of `size` spans joined into one (days into weeks); the last run may be shorter. */
export function joinSpans(spans: readonly Span[], size: number): Span[] {
  const joined: Span[] = [];
  for (let i = 0; i < spans.length; i += size) {
    const run = spans.slice(i, i + size);
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last) joined.push({ start: first.start, end: last.end });
  }
  return joined;
}

/**
 * Anki's daily load: the reviews a day brings in the long run, the sum over cards in review
 * of 1 / interval in days (a card every 10 days is a tenth of a review a day). Takes how many
 * review cards have each interval.
 */
export function dailyLoad(cardsPerInterval: readonly { days: number; cards: number }[]): number {
  return cardsPerInterval.reduce((sum, { days, cards }) => sum + cards / Math.max(1, days), 0);
}
