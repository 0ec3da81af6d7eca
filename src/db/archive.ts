import type { Deck } from '../domain/shared/deck';
import { type CardRecord, cardKey } from '../domain/study/card';
import type { AppDB, ArchivedCardRow, QuestionRow } from './app-db';

/** A card with at least one answer in its history: dropping it would lose what the learner did. */
export const isStudied = (card: CardRecord) => card.fsrs.reps > 0 || card.fsrs.lapses > 0;

/**
 * Moves the cards of questions a deck update no longer has out of the deck: studied ones go
 * to the archive with their question, never-answered ones are simply removed. Runs inside
 * the caller's transaction (decks, questions, cards, archivedCards).
 */
export async function archiveGoneCards(db: AppDB, gone: string[], now: Date): Promise<void> {
  const [questions, cards] = await Promise.all([db.questions.bulkGet(gone), db.cards.bulkGet(gone)]);
  const rows: ArchivedCardRow[] = [];
  gone.forEach((key, i) => {
    const question = questions[i];
    const card = cards[i];
    if (question && card && isStudied(card)) {
      rows.push({ key, deckId: card.deckId, question, card, archivedAt: now.getTime() });
    }
  });
  await db.archivedCards.bulkPut(rows);
  await db.questions.bulkDelete(gone);
  await db.cards.bulkDelete(gone);
}

/** Archived cards that a new version of their deck asks again, taken out of the archive. */
export async function takeBackArchived(db: AppDB, keys: string[]): Promise<Map<string, CardRecord>> {
  const rows = await db.archivedCards.bulkGet(keys);
  const back = new Map<string, CardRecord>();
  for (const row of rows) if (row) back.set(row.key, row.card);
  await db.archivedCards.bulkDelete([...back.keys()]);
  return back;
}

export function archivedCardsOf(db: AppDB, deckId: string): Promise<ArchivedCardRow[]> {
  return db.archivedCards.where('deckId').equals(deckId).toArray();
}

/**
 * Puts an archived card back into its deck, last in the deck's order, with its schedule and
 * history as they were. Its deck's next update archives it again if that version still
 * lacks the question.
 */
export async function restoreArchivedCard(db: AppDB, key: string): Promise<void> {
  await db.transaction('rw', db.decks, db.questions, db.cards, db.archivedCards, async () => {
    const row = await db.archivedCards.get(key);
    const deck = row && (await db.decks.get(row.deckId));
    if (!row || !deck) return;
    const last = await db.questions
      .where('[deckId+position]')
      .between([row.deckId, -Infinity], [row.deckId, Infinity])
      .last();
    const position = (last?.position ?? -1) + 1;
    const question: QuestionRow = { ...row.question, position };
    await db.questions.put(question);
    await db.cards.put({ ...row.card, due: row.card.queue === 'new' ? position : row.card.due });
    await db.archivedCards.delete(key);
    await db.decks.put({ ...deck, questionCount: deck.questionCount + 1 });
  });
}

/** What saving `deck` over the stored deck of the same id would do, for the preview before saving. */
export interface DeckUpdateImpact {
  /** Questions in both versions: their cards keep their progress. */
  kept: number;
  /** Questions only in the new version: new cards. */
  added: number;
  /** Studied cards of questions the new version lacks: archived with their history, restorable. */
  archived: number;
  /** Never-answered cards of questions the new version lacks: removed (there is nothing to keep). */
  removed: number;
  /** Archived cards the new version asks again: back in the deck with their history. */
  restored: number;
}

/** Null when no deck of the same source is stored under the deck's id (saving adds a deck, or is refused). */
export async function deckUpdateImpact(db: AppDB, deck: Deck): Promise<DeckUpdateImpact | null> {
  return db.transaction('r', db.decks, db.cards, db.archivedCards, async () => {
    const stored = await db.decks.get(deck.id);
    if (stored?.source.sha256 !== deck.source.sha256) return null;
    const next = new Set(deck.questions.map((question) => cardKey(deck.id, question.id)));
    const cards = await db.cards.where('deckId').equals(deck.id).toArray();
    const archivedKeys = new Set(await db.archivedCards.where('deckId').equals(deck.id).primaryKeys());
    const gone = cards.filter((card) => !next.has(card.key));
    const kept = cards.length - gone.length;
    const restored = [...next].filter((key) => archivedKeys.has(key)).length;
    return {
      kept,
      added: next.size - kept - restored,
      archived: gone.filter(isStudied).length,
      removed: gone.filter((card) => !isStudied(card)).length,
      restored,
    };
  });
}
