import { deckContentHash } from '../domain/shared/content-hash';
import type { Deck } from '../domain/shared/deck';
import { DeckIdInUseError } from '../domain/shared/errors';
import { type CardRecord, cardKey, newCardRecord } from '../domain/study/card';
import type { AppDB, DeckRow, QuestionRow } from './app-db';
import { archiveGoneCards, takeBackArchived } from './archive';

export type LoadOutcome = 'added' | 'updated' | 'unchanged';

/**
 * Stores a deck. Idempotent and keyed by content: the same deck again changes nothing;
 * a new version keeps the progress of every question whose id did not change, starts new
 * questions as new cards, and takes the questions that are gone out of the deck: a studied
 * card goes to the archive with its question (restorable, see archive.ts), a never-answered
 * one is removed. A question that comes back takes its archived card back. Review logs are
 * never removed. All of it in one transaction, so two tabs seeding at once cannot
 * duplicate anything and a failure leaves the old deck whole.
 *
 * With `onlySameSource`, a deck of another source under the same id is never replaced:
 * the check runs inside the transaction, so another tab cannot slip a deck in between.
 */
export async function loadDeck(
  db: AppDB,
  deck: Deck,
  options: { builtIn: boolean; now: Date; onlySameSource?: boolean },
): Promise<LoadOutcome> {
  const hash = deckContentHash(deck);
  return db.transaction('rw', db.decks, db.questions, db.cards, db.archivedCards, async () => {
    const existing = await db.decks.get(deck.id);
    if (existing?.contentHash === hash) return 'unchanged';
    if (options.onlySameSource && existing && existing.source.sha256 !== deck.source.sha256) {
      throw new DeckIdInUseError(deck.id, existing.title);
    }

    const questions: QuestionRow[] = deck.questions.map((question, position) => ({
      ...question,
      key: cardKey(deck.id, question.id),
      deckId: deck.id,
      position,
    }));
    const keep = new Set(questions.map((q) => q.key));
    const oldKeys = await db.questions.where('deckId').equals(deck.id).primaryKeys();
    const gone = oldKeys.filter((key) => !keep.has(key));
    await archiveGoneCards(db, gone, options.now);
    await db.questions.bulkPut(questions);

    const cards = await db.cards.bulkGet(questions.map((q) => q.key));
    const missing = questions.filter((_question, i) => !cards[i]).map((q) => q.key);
    const fromArchive = await takeBackArchived(db, missing);
    const writes: CardRecord[] = [];
    questions.forEach((question, i) => {
      const card = cards[i] ?? fromArchive.get(question.key);
      if (!card) {
        writes.push(newCardRecord(deck.id, question, question.position, options.now));
      } else if (
        !cards[i] ||
        card.factId !== question.factId ||
        card.topic !== question.topic ||
        isMovedNewCard(card, question)
      ) {
        writes.push({
          ...card,
          factId: question.factId,
          topic: question.topic,
          due: card.queue === 'new' ? question.position : card.due,
        });
      }
    });
    await db.cards.bulkPut(writes);

    const row: DeckRow = {
      id: deck.id,
      title: deck.title,
      source: deck.source,
      contentHash: hash,
      builtIn: options.builtIn,
      questionCount: questions.length,
      updatedAt: options.now.getTime(),
      ...(deck.article === undefined ? {} : { article: deck.article }),
    };
    await db.decks.put(row);
    return existing ? 'updated' : 'added';
  });
}

function isMovedNewCard(card: CardRecord, question: QuestionRow): boolean {
  return card.queue === 'new' && card.due !== question.position;
}
