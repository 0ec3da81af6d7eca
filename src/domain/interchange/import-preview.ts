import type { QuestionType } from '../shared/deck';
import { ImportFormatError } from '../shared/errors';
import type { BadRecord, DelimitedRecord } from './delimited';

/** 2 MB of text is tens of thousands of cards, more than a deck may hold. */
export const MAX_IMPORT_CHARS = 2_000_000;
/** The deck contract's limits (src/domain/shared/deck.ts). */
export const MAX_IMPORT_CARDS = 5000;
const MAX_SIDE = 2000;

/** A card an import would create, with where it came from. */
export interface ImportedCard {
  line: number;
  front: string;
  back: string;
  tags: string[];
  /** The line(s) as written in the file: the card's source quote. */
  raw: string;
  /** Anki's note id: importing the same note again updates its cards instead of adding them. */
  guid?: string;
  /** Which card of its note this is ("reverse", "c2"): with the guid, the card's lasting id. */
  cardOf?: string;
  /** The deck the file puts the note in (Anki's deck column or #deck: header, GIFT's category). */
  deck?: string;
  /** Flashcard unless said: a cloze card's front holds its gap as "____". */
  type?: QuestionType;
  /** A matching question's right items, one per option (`back` shows them as text). */
  answers?: string[];
  /** Multiple-choice and true/false choices, or a matching question's left items. */
  options?: string[];
  /** Other answers a typed or cloze card accepts. */
  accepted?: string[];
  /** Shown after the answer (Anki's Back Extra, GIFT's general feedback). */
  explanation?: string;
}

/** What an import will make of a file, shown to the user before anything is saved. */
export interface ImportPreview {
  cards: ImportedCard[];
  skipped: BadRecord[];
}

export function checkImportSize(text: string): void {
  if (text.length > MAX_IMPORT_CHARS) {
    throw new ImportFormatError(
      `This file has ${text.length.toLocaleString('en')} characters; an import takes at most ${MAX_IMPORT_CHARS.toLocaleString('en')}. Split it into smaller files.`,
    );
  }
  if (text.trim() === '')
    throw new ImportFormatError('This file is empty. Choose a file with one card per line.');
}

/** Where the front, back and tags are in each record. */
export interface ColumnMap {
  front: number;
  back: number;
  tags?: number | undefined;
  /** Tags every card gets (Anki's #tags: header). */
  globalTags?: string[];
  /** Cleans a field (Anki's HTML fields become plain text). */
  clean?: (field: string) => string;
}

/** Turns records into cards, saying for every record it skips why. */
export function previewRecords(
  records: DelimitedRecord[],
  bad: BadRecord[],
  columns: ColumnMap,
): ImportPreview {
  const preview: ImportPreview = { cards: [], skipped: [...bad] };
  const clean = columns.clean ?? ((field: string) => field);
  for (const record of records) {
    if (record.fields.length < 2) {
      preview.skipped.push({ line: record.line, reason: 'only one field: a card needs a front and a back' });
      continue;
    }
    const ownTags = columns.tags === undefined ? '' : (record.fields[columns.tags] ?? '');
    addCard(preview, {
      line: record.line,
      front: clean(record.fields[columns.front] ?? '').trim(),
      back: clean(record.fields[columns.back] ?? '').trim(),
      tags: tagList(columns.globalTags ?? [], ownTags),
      raw: record.raw,
    });
  }
  return sortSkipped(preview);
}

/** A file's tags for every card, then a card's own (space-separated, as Anki writes them). */
export function tagList(globalTags: string[], own: string): string[] {
  return [...globalTags, ...own.split(/\s+/)].filter((tag) => tag !== '');
}

/** Adds a card to the preview, or says why it is skipped: an empty or over-long side, a full deck. */
export function addCard(preview: ImportPreview, card: ImportedCard): void {
  const reason =
    card.front === ''
      ? 'the front is empty'
      : card.back === ''
        ? 'the back is empty'
        : card.front.length > MAX_SIDE || card.back.length > MAX_SIDE
          ? `a side is longer than ${MAX_SIDE} characters`
          : preview.cards.length >= MAX_IMPORT_CARDS
            ? `a deck holds at most ${MAX_IMPORT_CARDS} cards`
            : undefined;
  if (reason) preview.skipped.push({ line: card.line, reason });
  else preview.cards.push(card);
}

/** Skipped lines in file order, however they were found. */
export function sortSkipped(preview: ImportPreview): ImportPreview {
  preview.skipped.sort((a, b) => a.line - b.line);
  return preview;
}
