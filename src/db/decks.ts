import type { AppDB, DeckRow, QuestionRow } from './app-db';

export function listDecks(db: AppDB): Promise<DeckRow[]> {
  return db.decks.orderBy('id').toArray();
}

export function getDeck(db: AppDB, deckId: string): Promise<DeckRow | undefined> {
  return db.decks.get(deckId);
}

export function deckQuestions(db: AppDB, deckId: string): Promise<QuestionRow[]> {
  return db.questions.where('[deckId+position]').between([deckId, -Infinity], [deckId, Infinity]).toArray();
}

/** Questions of a deck by id, in the order asked; undefined if the deck lacks any of them. */
export async function questionsByIds(
  db: AppDB,
  deckId: string,
  questionIds: string[],
): Promise<QuestionRow[] | undefined> {
  const rows = await db.questions.bulkGet(questionIds.map((id) => `${deckId}/${id}`));
  return rows.every((row) => row !== undefined) ? rows : undefined;
}

/**
 * True when every deck named in `hashes` (id → deckContentHash) is stored with exactly that
 * content, so loading those decks again would change nothing.
 */
export async function decksStoredWith(db: AppDB, hashes: Record<string, string>): Promise<boolean> {
  const expected = Object.entries(hashes);
  const rows = await db.decks.bulkGet(expected.map(([id]) => id));
  return expected.every(([, hash], i) => rows[i]?.contentHash === hash);
}
