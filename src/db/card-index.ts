import type { DBCore, Middleware } from 'dexie';
import { type RecallThreshold, recallThresholds } from '../domain/stats/recall-thresholds';
import type { CardRecord } from '../domain/study/card';

/** A card as stored: the record plus the index keys derived from it. */
type CardRow = CardRecord & { recallThresholds?: RecallThreshold[] };

export function withDerivedKeys(card: CardRecord): CardRow {
  return { ...card, recallThresholds: recallThresholds(card) };
}

/** The card without its derived keys, as the app and its backups see it. */
function withoutDerivedKeys({ recallThresholds: _derived, ...card }: CardRow): CardRecord {
  return card;
}

const stripped = (row: unknown) => (row ? withoutDerivedKeys(row as CardRow) : row);

/**
 * Every write of a card, whoever makes it (a grade, an undo, a deck update, a restore), goes
 * through here, so the derived index keys can never fall behind the card they come from.
 * Every read (get, bulkGet, toArray, and cursors behind filter and each) leaves them out
 * again: the app and its backups see plain CardRecords, and the keys live only in IndexedDB.
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
        openCursor: async (request) => {
          const cursor = await table.openCursor(request);
          // Dexie's cursor is IndexedDB's own, whose getters refuse any other `this`: the
          // stand-in forwards them, and everything else (continue, start…) through its prototype.
          return (
            cursor &&
            Object.create(cursor, {
              key: { get: () => cursor.key },
              primaryKey: { get: () => cursor.primaryKey },
              value: { get: () => stripped(cursor.value) },
            })
          );
        },
      };
    },
  }),
};
