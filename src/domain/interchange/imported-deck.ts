import { type Deck, parseDeck, TOPICS, type Topic } from '../shared/deck';
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
 * The deck an import makes: one flashcard per card, each its own fact, its source quote the
 * line it came from. Checked against the deck contract like any other deck.
 */
export function importedDeck(cards: ImportedCard[], options: ImportOptions): Deck {
  const title = options.title.trim() || options.fileName || 'Imported deck';
  return parseDeck({
    id: deckIdFor(title, options.takenIds),
    title,
    source: { title: options.fileName || title, sha256: options.sha256 },
    questions: cards.map((card, index) => {
      const id = `card-${index + 1}`;
      return {
        id,
        factId: id,
        topic: card.tags.map((tag) => tag.toLowerCase()).find(isTopic) ?? options.topic,
        type: 'flashcard',
        prompt: card.front,
        answer: card.back,
        source: {
          section: `${options.fileName || title}, line ${card.line}`,
          quote: card.raw.slice(0, 4000),
        },
      };
    }),
  });
}
