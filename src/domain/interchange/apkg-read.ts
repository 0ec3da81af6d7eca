import { ImportFormatError } from '../shared/errors';
import { describeIssues, type z } from '../shared/validation';
import { noteCards } from './anki-notes';
import type { CollectionFile } from './apkg-package';
import {
  type CardRow,
  cardRow,
  colRow,
  deckRow,
  legacyDecksSchema,
  legacyModelsSchema,
  type NoteRow,
  noteRow,
  notetypeRow,
  ordNameRow,
  type RevlogRow,
  revlogRow,
} from './apkg-schema';
import { htmlToText } from './html-text';
import { type ImportedCard, type ImportPreview, MAX_IMPORT_CARDS, sortSkipped } from './import-preview';

/** The rows a query gives, each an array of column values (what sql.js's `exec` returns). */
export type SqlQuery = (sql: string) => unknown[][];

/** One answer in Anki's review log. */
export interface AnkiReview {
  /** Epoch ms (the revlog row's id). */
  at: number;
  /** 1 Again … 4 Easy; 0 is a manual change (rescheduled, reset), not an answer. */
  ease: number;
  durationMs: number;
}

/** How Anki had a card: its place in the queues and its history. */
export interface AnkiSchedule {
  /** 0 new, 1 learning, 2 review, 3 relearning (Anki's `cards.type`). */
  type: number;
  suspended: boolean;
  /** When Anki would show it next, epoch ms; for a new card, undefined. */
  dueAt?: number;
  /** A new card's place in the new queue. */
  position: number;
  /** Anki's current interval in days (review cards). */
  intervalDays: number;
  reps: number;
  lapses: number;
  reviews: AnkiReview[];
}

export interface ApkgCard extends ImportedCard {
  /** Every card of a package has its note's guid. */
  guid: string;
  anki: AnkiSchedule;
}

export interface ApkgPreview extends ImportPreview {
  cards: ApkgCard[];
  collection: CollectionFile;
  notes: number;
  reviews: number;
  /** Images the package's notes show, left out: Muster cards are text. */
  images: number;
  /** Sounds, left out likewise. */
  sounds: number;
  /** Notes of types other than Basic and Cloze, by type: read as first field front, second back. */
  otherTypes: Record<string, number>;
}

interface NoteType {
  name: string;
  cloze: boolean;
  fields: string[];
}

const DAY_MS = 86_400_000;

function parsed<T extends z.ZodMiniType>(schema: T, value: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ImportFormatError(
      `This package's collection is not one Anki wrote: ${where} is not as expected (${describeIssues(result.error, 2)}). Export the deck from Anki again.`,
    );
  }
  return result.data;
}

function rowsOf<T extends z.ZodMiniType>(
  query: SqlQuery,
  sql: string,
  schema: T,
  table: string,
): z.infer<T>[] {
  let rows: unknown[][];
  try {
    rows = query(sql);
  } catch (error) {
    throw new ImportFormatError(
      `This package's collection is not an Anki database: reading its ${table} table failed (${(error as Error).message}). Export the deck from Anki again.`,
    );
  }
  return rows.map((row, index) => parsed(schema, row, `row ${index + 1} of the ${table} table`));
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ImportFormatError(`This package's collection is damaged: its ${what} are not valid JSON.`);
  }
}

/** Appends in place: a copy per row would make a million revlog rows quadratic. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Schema 18 (`collection.anki21b`) keeps note types and decks in tables of their own. */
function hasTable(query: SqlQuery, table: string): boolean {
  return query(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '${table}'`).length > 0;
}

/** A NotetypeConfig protobuf's field 1 (kind): 1 is Cloze. Proto3 leaves out a 0 (Normal). */
function isClozeConfig(config: Uint8Array): boolean {
  let at = 0;
  while (at < config.length) {
    const key = config[at++] ?? 0;
    const wire = key & 7;
    if (key >> 3 === 1 && wire === 0) return config[at] === 1;
    if (key > 0x7f) return false;
    if (wire === 0) while ((config[at++] ?? 0) & 0x80);
    else if (wire === 2) {
      let length = 0;
      for (let shift = 0; ; shift += 7) {
        const byte = config[at++] ?? 0;
        length += (byte & 0x7f) * 2 ** shift;
        if (!(byte & 0x80)) break;
      }
      at += length;
    } else if (wire === 5) at += 4;
    else if (wire === 1) at += 8;
    else return false;
  }
  return false;
}

function noteTypesAndDecks(query: SqlQuery, modern: boolean) {
  const types = new Map<number, NoteType>();
  const decks = new Map<number, string>();
  if (modern) {
    const fields = rowsOf(
      query,
      'SELECT ntid, ord, name FROM fields ORDER BY ntid, ord',
      ordNameRow,
      'fields',
    );
    for (const [ntid, name, config] of rowsOf(
      query,
      'SELECT id, name, config FROM notetypes',
      notetypeRow,
      'notetypes',
    )) {
      const own = fields.filter(([owner]) => owner === ntid).map(([, , field]) => field);
      types.set(ntid, { name, cloze: isClozeConfig(config), fields: own });
    }
    for (const [deckId, name] of rowsOf(query, 'SELECT id, name FROM decks', deckRow, 'decks')) {
      // Schema 18 separates deck levels with U+001F; Anki shows (and the text formats write) "::".
      decks.set(deckId, name.replaceAll('\u001f', '::'));
    }
    return { types, decks };
  }
  const [col] = rowsOf(query, 'SELECT crt, models, decks FROM col', colRow, 'col');
  if (!col) throw new ImportFormatError("This package's collection has no col row: it is damaged.");
  const models = parsed(legacyModelsSchema, parseJson(col[1], 'note types'), 'the note types (col.models)');
  for (const [key, model] of Object.entries(models)) {
    const fields = [...model.flds].sort((a, b) => a.ord - b.ord).map((field) => field.name);
    types.set(Number(key), { name: model.name, cloze: model.type === 1, fields });
  }
  const legacyDecks = parsed(legacyDecksSchema, parseJson(col[2], 'decks'), 'the decks (col.decks)');
  for (const [key, deck] of Object.entries(legacyDecks)) decks.set(Number(key), deck.name);
  return { types, decks };
}

/**
 * Anki's `due`: a review card's day number counted from the collection's creation (`crt`,
 * seconds), a learning card's epoch seconds, a new card's position.
 */
function dueAt(card: CardRow, crtSeconds: number): number | undefined {
  const [, , , , type, , due, , , , odid, odue] = card;
  const own = odid !== 0 && odue !== 0 ? odue : due;
  if (type === 0) return undefined;
  return own > 1_000_000_000 ? own * 1000 : crtSeconds * 1000 + own * DAY_MS;
}

const IMAGE = /<img\b/gi;
const SOUND = /\[sound:[^\]]*\]/g;

/** Stock note types read by their own rules; any other is read as Basic and said so. */
const isStock = (type: NoteType) => type.cloze || /^(basic|cloze|muster)\b/i.test(type.name);

/**
 * Reads an Anki collection (any schema Anki exports: 11 in `.anki2`/`.anki21`, 18 in
 * `.anki21b`) into cards with their notes' guids, decks and tags, and each card's schedule
 * and review history. Fields are HTML in Anki: they become the text a reader sees.
 */
export function readApkgCollection(query: SqlQuery, collection: CollectionFile): ApkgPreview {
  for (const table of ['col', 'notes', 'cards', 'revlog']) {
    if (!hasTable(query, table)) {
      throw new ImportFormatError(
        `This package's collection has no ${table} table: it is not an Anki collection. Export the deck from Anki again.`,
      );
    }
  }
  const modern = hasTable(query, 'notetypes');
  const { types, decks } = noteTypesAndDecks(query, modern);
  const [crtRow] = query('SELECT crt FROM col');
  const crt = parsed(colRow.def.items[0], crtRow?.[0], 'the collection creation time (col.crt)');

  const notes = rowsOf(query, 'SELECT id, guid, mid, tags, flds FROM notes ORDER BY id', noteRow, 'notes');
  const cardsByNote = new Map<number, CardRow[]>();
  for (const card of rowsOf(
    query,
    'SELECT id, nid, did, ord, type, queue, due, ivl, reps, lapses, odid, odue FROM cards ORDER BY nid, ord',
    cardRow,
    'cards',
  )) {
    pushTo(cardsByNote, card[1], card);
  }
  const reviewsByCard = new Map<number, RevlogRow[]>();
  const revlog = rowsOf(
    query,
    'SELECT id, cid, ease, ivl, type, time FROM revlog ORDER BY id',
    revlogRow,
    'revlog',
  );
  for (const review of revlog) pushTo(reviewsByCard, review[1], review);

  const preview: ApkgPreview = {
    cards: [],
    skipped: [],
    collection,
    notes: notes.length,
    reviews: 0,
    images: 0,
    sounds: 0,
    otherTypes: {},
  };
  const perDeck = new Map<string, number>();
  notes.forEach((note, index) => {
    readNote(note, index + 1);
  });
  sortSkipped(preview);
  return preview;

  function readNote([noteId, guid, mid, tags, flds]: NoteRow, line: number) {
    const type = types.get(mid);
    if (!type) {
      preview.skipped.push({ line, reason: `its note type (id ${mid}) is missing from the package` });
      return;
    }
    const raw = flds.split('\u001f');
    preview.images += raw.reduce((n, field) => n + (field.match(IMAGE)?.length ?? 0), 0);
    preview.sounds += raw.reduce((n, field) => n + (field.match(SOUND)?.length ?? 0), 0);
    const fields = raw.map((field) => htmlToText(field.replace(SOUND, '')).trim());
    if (!isStock(type)) preview.otherTypes[type.name] = (preview.otherTypes[type.name] ?? 0) + 1;
    const made = noteCards(type.cloze ? 'Cloze' : type.name, fields, type.fields);
    if ('skip' in made) {
      preview.skipped.push({ line, reason: made.skip });
      return;
    }
    // A field named Explanation (as Muster's own export writes) is shown after the answer.
    const explanation = fields[type.fields.findIndex((name) => name.toLowerCase() === 'explanation')];
    const noteTags = tags.split(/\s+/).filter((tag) => tag !== '');
    for (const card of cardsByNote.get(noteId) ?? []) {
      const [cardId, , did, ord, type_, queue, due, ivl, reps, lapses] = card;
      const cardOf = type.cloze
        ? `c${ord + 1}`
        : ord === 0
          ? undefined
          : ord === 1
            ? 'reverse'
            : `t${ord + 1}`;
      const made_ = made.cards.find((candidate) => candidate.cardOf === cardOf);
      // A card lent to a filtered deck belongs to its home deck (odid), as Anki exports it.
      const deck = decks.get(card[10] || did) ?? 'Default';
      if (!made_) {
        preview.skipped.push({
          line,
          reason: `its card ${ord + 1} (${type.name}) has an empty side or a template Muster does not read`,
        });
        continue;
      }
      const count = perDeck.get(deck) ?? 0;
      if (made_.front === '' || made_.back === '') {
        preview.skipped.push({
          line,
          reason: `its card ${ord + 1} has an empty ${made_.front === '' ? 'front' : 'back'} (a side that is only an image or a sound is empty here)`,
        });
        continue;
      }
      if (made_.front.length > 2000 || made_.back.length > 2000) {
        preview.skipped.push({ line, reason: 'a side is longer than 2000 characters' });
        continue;
      }
      if (count >= MAX_IMPORT_CARDS) {
        preview.skipped.push({
          line,
          reason: `a deck holds at most ${MAX_IMPORT_CARDS} cards (“${deck}” is full)`,
        });
        continue;
      }
      perDeck.set(deck, count + 1);
      const reviews = (reviewsByCard.get(cardId) ?? []).map(([at, , ease, , , time]) => ({
        at,
        ease,
        // Anki caps the time it records at 60 s by default; a negative one is damage.
        durationMs: Math.max(0, time),
      }));
      preview.reviews += reviews.length;
      const at = dueAt(card, crt);
      preview.cards.push({
        line,
        front: made_.front,
        back: made_.back,
        tags: noteTags,
        raw: fields.filter((field) => field !== '').join('\n'),
        guid,
        ...(made_.cardOf ? { cardOf: made_.cardOf } : {}),
        deck,
        type: made_.type,
        ...(made_.explanation || explanation ? { explanation: made_.explanation || explanation } : {}),
        anki: {
          type: type_,
          suspended: queue === -1,
          ...(at === undefined ? {} : { dueAt: at }),
          position: type_ === 0 ? due : 0,
          intervalDays: ivl,
          reps,
          lapses,
          reviews,
        },
      });
    }
  }
}
