/**
 * How a restore in "merge" mode combines what is in the browser (local) with a backup
 * (incoming). Each function returns the whole merged table.
 */

interface Versioned {
  id: string;
  updatedAt: number;
}

/** Deck ids whose backup row is newer than the local one (or missing locally). */
export function decksWonByBackup<D extends Versioned>(local: D[], incoming: D[]): Set<string> {
  const localById = new Map(local.map((deck) => [deck.id, deck]));
  return new Set(
    incoming
      .filter((deck) => {
        const mine = localById.get(deck.id);
        return !mine || deck.updatedAt > mine.updatedAt;
      })
      .map((deck) => deck.id),
  );
}

/** Union by key; on a clash the incoming row wins where `incomingWins` says so, else the local one. */
export function unionBy<R>(
  local: R[],
  incoming: R[],
  keyOf: (row: R) => string,
  incomingWins: (mine: R, theirs: R) => boolean = () => false,
): R[] {
  const merged = new Map(local.map((row) => [keyOf(row), row]));
  for (const row of incoming) {
    const key = keyOf(row);
    const mine = merged.get(key);
    if (!mine || incomingWins(mine, row)) merged.set(key, row);
  }
  return [...merged.values()];
}

interface Scheduled {
  key: string;
  fsrs: { reps: number; last_review?: Date | undefined };
}

/** The newer state of a card: the later last review, then the more reviews. */
export function isNewerCard(mine: Scheduled, theirs: Scheduled): boolean {
  const mineAt = mine.fsrs.last_review?.getTime() ?? -Infinity;
  const theirsAt = theirs.fsrs.last_review?.getTime() ?? -Infinity;
  if (theirsAt !== mineAt) return theirsAt > mineAt;
  return theirs.fsrs.reps > mine.fsrs.reps;
}

export function mergeCards<C extends Scheduled>(local: C[], incoming: C[]): C[] {
  return unionBy(local, incoming, (card) => card.key, isNewerCard);
}

interface Logged {
  id?: number;
  cardKey: string;
  reviewedAt: number;
}

const logKey = (log: Logged) => `${log.cardKey}@${log.reviewedAt}`;

/**
 * Every review from both sides once (a review is its card and its moment). Local logs keep
 * their ids; logs only in the backup lose theirs, so the database numbers them anew instead
 * of overwriting a local log that happens to share a number.
 */
export function mergeReviewLogs<L extends Logged>(local: L[], incoming: L[]): L[] {
  const seen = new Set(local.map(logKey));
  const added: L[] = [];
  for (const log of incoming) {
    const key = logKey(log);
    if (seen.has(key)) continue;
    seen.add(key);
    const { id: _dropped, ...rest } = log;
    added.push(rest as L);
  }
  return [...local, ...added];
}
