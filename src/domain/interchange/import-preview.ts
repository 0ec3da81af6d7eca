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
  const cards: ImportedCard[] = [];
  const skipped: BadRecord[] = [...bad];
  const clean = columns.clean ?? ((field: string) => field);
  for (const record of records) {
    const front = clean(record.fields[columns.front] ?? '').trim();
    const back = clean(record.fields[columns.back] ?? '').trim();
    const reason =
      record.fields.length < 2
        ? 'only one field: a card needs a front and a back'
        : front === ''
          ? 'the front is empty'
          : back === ''
            ? 'the back is empty'
            : front.length > MAX_SIDE || back.length > MAX_SIDE
              ? `a side is longer than ${MAX_SIDE} characters`
              : cards.length >= MAX_IMPORT_CARDS
                ? `a deck holds at most ${MAX_IMPORT_CARDS} cards`
                : undefined;
    if (reason) {
      skipped.push({ line: record.line, reason });
      continue;
    }
    const ownTags = columns.tags === undefined ? [] : (record.fields[columns.tags] ?? '').split(/\s+/);
    const tags = [...(columns.globalTags ?? []), ...ownTags].filter((tag) => tag !== '');
    cards.push({ line: record.line, front, back, tags, raw: record.raw });
  }
  skipped.sort((a, b) => a.line - b.line);
  return { cards, skipped };
}
