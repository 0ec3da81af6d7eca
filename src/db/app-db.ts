import { Dexie, type EntityTable } from 'dexie';
import type { CardRecord } from '../domain/card';
import type { Deck, Question } from '../domain/deck';
import type { FsrsReviewLog, Grade } from '../domain/scheduler';
import type { StudySettings } from '../domain/study-settings';

export interface DeckRow {
  id: string;
  title: string;
  source: Deck['source'];
  /** The article the deck was derived from, for "Show in article". */
  article?: string;
  /** Fingerprint of the deck JSON last loaded: loading the same deck again is a no-op. */
  contentHash: string;
  /** Shipped with the app (decks/), as opposed to made or imported by the user. */
  builtIn: boolean;
  questionCount: number;
  updatedAt: number;
}

export interface QuestionRow extends Question {
  /** `${deckId}/${id}`, the same key as the question's card. */
  key: string;
  deckId: string;
  /** Order within the deck. */
  position: number;
}

export interface ReviewLogRow {
  id?: number;
  cardKey: string;
  deckId: string;
  factId: string;
  grade: Grade;
  /** Epoch ms. */
  reviewedAt: number;
  /** Time from showing the card to answering it. */
  durationMs: number;
  /** What the card was before this review, for undo ("new" queue marks a card's first review). */
  before: Pick<CardRecord, 'queue' | 'due' | 'leech'>;
  /** ts-fsrs's log, untouched. */
  fsrs: FsrsReviewLog;
}

export interface SettingsRow {
  /** "global", or a deck id for that deck's own settings. */
  scope: string;
  settings: StudySettings;
}

export const GLOBAL_SCOPE = 'global';

/** App-wide facts that are not settings (when the last backup was made, and the like). */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** The one Dexie database. Version 1 is shipped: change the schema only with a new version. */
export class AppDB extends Dexie {
  decks!: EntityTable<DeckRow, 'id'>;
  questions!: EntityTable<QuestionRow, 'key'>;
  cards!: EntityTable<CardRecord, 'key'>;
  reviewLogs!: EntityTable<ReviewLogRow, 'id'>;
  settings!: EntityTable<SettingsRow, 'scope'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = 'muster') {
    super(name);
    this.version(1).stores({
      decks: 'id',
      questions: 'key, deckId, [deckId+position]',
      // [deckId+queue+due] makes "due cards of deck D before T" one range query.
      cards: 'key, deckId, [deckId+queue+due], [queue+due]',
      reviewLogs: '++id, cardKey, reviewedAt, [deckId+reviewedAt]',
      settings: 'scope',
      meta: 'key',
    });
  }
}

export const db = new AppDB();
