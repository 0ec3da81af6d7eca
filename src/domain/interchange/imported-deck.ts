import { type Deck, parseDeck, type Question, TOPICS, type Topic } from '../shared/deck';
import type { ImportedCard } from './import-preview';

export interface ImportOptions {
  title: string;
  /** The topic of cards that carry no topic tag of their own. */
  topic: Topic;
  fileName: string;
  /** SHA-256 of the file's text, hex: the deck's source fingerprint. */
  sha256: string;
  /** Deck ids already in use: an import never overwrites a deck. */
  takenIds: Set<string>;
}

export function deckIdFor(title: string, takenIds: Set<string>): string {
  const base =
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'imported-deck';
  let id = base;
  for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
  return id;
}

const isTopic = (tag: string): tag is Topic => (TOPICS as readonly string[]).includes(tag);

/**
 * A card's question id. A card with a guid (an Anki note's) keeps the same id whenever its
 * note is imported again, so importing an updated file updates the card and keeps its
 * progress; the cards of one note share a fact, so they are siblings.
 */
export function importedQuestionIds(card: ImportedCard, index: number): { id: string; factId: string } {
  if (card.guid === undefined) return { id: `card-${index + 1}`, factId: `card-${index + 1}` };
  const factId = `anki-${encodeURIComponent(card.guid)}`;
  return { id: card.cardOf ? `${factId}-${card.cardOf}` : factId, factId };
}

/** The questions an import makes, each with the line it came from as its source quote. */
export function importedQuestions(
  cards: ImportedCard[],
  options: Pick<ImportOptions, 'topic' | 'fileName'>,
): Question[] {
  return cards.map((card, index) => ({
    ...importedQuestionIds(card, index),
    topic: card.tags.map((tag) => tag.toLowerCase()).find(isTopic) ?? options.topic,
    type: card.type ?? 'flashcard',
    prompt: card.front,
    answer: card.answers ?? card.back,
    ...(card.options ? { options: card.options } : {}),
    ...(card.accepted?.length ? { accepted: card.accepted } : {}),
    ...(card.explanation ? { explanation: card.explanation.slice(0, 4000) } : {}),
    source: {
      section: `${options.fileName}, line ${card.line}`.slice(0, 300),
      quote: card.raw.slice(0, 4000),
    },
  }));
}

/** The deck an import makes. Checked against the deck contract like any other deck. */
export function importedDeck(cards: ImportedCard[], options: ImportOptions): Deck {
  const title = options.title.trim() || options.fileName || 'Imported deck';
  return parseDeck({
    id: deckIdFor(title, options.takenIds),
    title,
    source: { title: options.fileName || title, sha256: options.sha256 },
    questions: importedQuestions(cards, { topic: options.topic, fileName: options.fileName || title }),
  });
}

/**
 * An earlier import of the same notes, updated: its questions stay where they are, those
 * the file has again take the file's text, the file's new ones come after. Questions the
 * file no longer has are kept (as Anki does): a re-import never deletes a learner's cards.
 */
export function updatedDeck(existing: Deck, cards: ImportedCard[], options: ImportOptions): Deck {
  const incoming = importedQuestions(cards, { topic: options.topic, fileName: options.fileName });
  const byId = new Map(incoming.map((question) => [question.id, question]));
  const kept = existing.questions.map((question) => byId.get(question.id) ?? question);
  const known = new Set(existing.questions.map((question) => question.id));
  return parseDeck({
    ...existing,
    source: { title: options.fileName || existing.source.title, sha256: options.sha256 },
    questions: [...kept, ...incoming.filter((question) => !known.has(question.id))],
  });
}

/** The cards of one deck the file names (Anki's deck column, GIFT's category), in file order. */
export interface ImportGroup {
  /** The deck's name in the file; undefined for cards the file puts in no deck. */
  deck: string | undefined;
  cards: ImportedCard[];
}

export function groupByDeck(cards: ImportedCard[]): ImportGroup[] {
  const groups = new Map<string | undefined, ImportedCard[]>();
  for (const card of cards) groups.set(card.deck, [...(groups.get(card.deck) ?? []), card]);
  return [...groups].map(([deck, grouped]) => ({ deck, cards: grouped }));
}
