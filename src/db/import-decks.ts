import type { ImportedCard } from '../domain/interchange/import-preview';
import {
  groupByDeck,
  importedDeck,
  importedQuestionIds,
  updatedDeck,
} from '../domain/interchange/imported-deck';
import type { Deck, Topic } from '../domain/shared/deck';
import { cardKey } from '../domain/study/card';
import type { AppDB, QuestionRow } from './app-db';
import { deckQuestions } from './decks';
import { loadDeck } from './load-deck';

/** Where one deck of a file goes: a new deck, or the deck an earlier import of its notes made. */
export interface ImportPlanEntry {
  /** The deck's name in the file, if it names one. */
  name: string | undefined;
  cards: ImportedCard[];
  /** The user deck that already holds some of these notes (by Anki guid), if any. */
  update?: { deckId: string; title: string; matched: number };
}

/**
 * Groups the cards by the deck the file names and finds, for each group with Anki guids, the
 * user deck an earlier import of those notes made (the one holding most of them). Bundled
 * decks are never updated by an import.
 */
export async function planImport(db: AppDB, cards: ImportedCard[]): Promise<ImportPlanEntry[]> {
  const userDecks = (await db.decks.toArray()).filter((deck) => !deck.builtIn);
  return Promise.all(
    groupByDeck(cards).map(async (group): Promise<ImportPlanEntry> => {
      const ids = group.cards.flatMap((card, index) =>
        card.guid === undefined ? [] : [importedQuestionIds(card, index).id],
      );
      let best: ImportPlanEntry['update'];
      if (ids.length > 0) {
        for (const deck of userDecks) {
          const found = await db.questions.bulkGet(ids.map((id) => cardKey(deck.id, id)));
          const matched = found.filter((row) => row !== undefined).length;
          if (matched > (best?.matched ?? 0)) best = { deckId: deck.id, title: deck.title, matched };
        }
      }
      return { name: group.deck, cards: group.cards, ...(best ? { update: best } : {}) };
    }),
  );
}

export interface ImportSave {
  plan: ImportPlanEntry[];
  /** The title of a new deck the file gives no name. */
  title: string;
  topic: Topic;
  fileName: string;
  sha256: string;
  now: Date;
}

/**
 * Saves every deck of a planned import in one transaction: a failure (another tab took a
 * deck id, a deck over the limits) leaves every deck as it was. Returns the deck ids.
 */
export function saveImport(db: AppDB, save: ImportSave): Promise<string[]> {
  return db.transaction('rw', db.decks, db.questions, db.cards, db.archivedCards, async () => {
    const takenIds = new Set((await db.decks.toCollection().primaryKeys()) as string[]);
    const saved: string[] = [];
    for (const entry of save.plan) {
      const options = {
        title: entry.name ?? save.title,
        topic: save.topic,
        fileName: save.fileName,
        sha256: save.sha256,
        takenIds,
      };
      const existing = entry.update ? await storedDeck(db, entry.update.deckId) : undefined;
      const deck = existing
        ? updatedDeck(existing, entry.cards, options)
        : importedDeck(entry.cards, options);
      await loadDeck(db, deck, { builtIn: false, now: save.now, onlySameSource: existing === undefined });
      takenIds.add(deck.id);
      saved.push(deck.id);
    }
    return saved;
  });
}

async function storedDeck(db: AppDB, deckId: string): Promise<Deck | undefined> {
  const row = await db.decks.get(deckId);
  if (!row) return undefined;
  const questions = (await deckQuestions(db, deckId)).map(
    ({ key, deckId: _, position, ...question }: QuestionRow) => question,
  );
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    ...(row.article === undefined ? {} : { article: row.article }),
    questions,
  };
}
