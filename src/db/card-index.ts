import type { DBCore, Middleware } from 'dexie';
import type { CardRecord } from '../domain/card';
import { type RecallThreshold, recallThresholds } from '../domain/stats/recall-thresholds';

/** A card as stored: the record plus the index keys derived from it. */
export type CardRow = CardRecord & { recallThresholds?: RecallThreshold[] };

export function withDerivedKeys(card: CardRecord): CardRow {
  // A damaged row without FSRS state gets no keys rather than failing a schema upgrade.
  const fsrs: CardRecord['fsrs'] | undefined = card.fsrs;
  return { ...card, recallThresholds: fsrs ? recallThresholds(card) : [] };
}

/** The card without its derived keys, as the app and its backups see it. */
function withoutDerivedKeys({ recallThresholds: _derived, ...card }: CardRow): CardRecord {
  return card;
}

const stripped = (row: unknown) => (row ? withoutDerivedKeys(row as CardRow) : row);

/**
 * Every write of a card, whoever makes it (a grade, an undo, a deck update, a restore), goes
 * through here, so the derived index keys can never fall behind the card they come from.
 * Reads leave them out again: the app sees plain CardRecords, and the keys live only in
 * IndexedDB's indexes and rows. (Cards are read with get, bulkGet and toArray, never with a
 * cursor, so those are the reads to cover.)
 */
export const cardIndexMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'card-derived-keys',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      if (name !== 'cards') return table;
      return {
        ...table,
        mutate: (request) =>
          table.mutate(
            request.type === 'add' || request.type === 'put'
              ? { ...request, values: request.values.map((card) => withDerivedKeys(card as CardRecord)) }
              : request,
          ),
        get: async (request) => stripped(await table.get(request)),
        getMany: async (request) => (await table.getMany(request)).map(stripped),
        query: async (request) => {
          const response = await table.query(request);
          return request.values ? { ...response, result: response.result.map(stripped) } : response;
        },
      };
    },
  }),
};
