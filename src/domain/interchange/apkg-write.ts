import { sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import type { Question } from '../shared/deck';
import { exportCard } from './export-deck';

/**
 * Writes a deck as an Anki package every Anki since 2.1 opens: a legacy `collection.anki2`
 * (schema 11, the format Anki's own "support older Anki versions" export writes), one note
 * per question of a "Muster" note type with four fields (Front, Back, Explanation, Source:
 * the question's source quote, so the learner can still see where a card came from), one
 * new card per note, in the deck's order. Scheduling is not exported: the cards start new.
 */

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
  ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
  models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
  usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
  flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
  mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
  ivl integer not null, factor integer not null, reps integer not null, lapses integer not null,
  left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
  ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
`;

const FIELDS = ['Front', 'Back', 'Explanation', 'Source'];
const CSS =
  '.card { font-family: arial; font-size: 20px; text-align: center; color: black; background-color: white; }\n.source { font-size: 14px; color: #555; margin-top: 1em; }';

/** Text as an Anki field: Anki fields are HTML. */
export function fieldHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\n', '<br>');
}

/** Anki's sort-field text: the field without HTML tags (and media references). */
export function strippedField(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/\[sound:[^\]]*\]/g, '')
    .replaceAll('&nbsp;', ' ')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .trim();
}

/** Anki's duplicate checksum: the first 8 hex digits of the SHA-1 of the stripped first field. */
export function fieldChecksum(html: string): number {
  return Number.parseInt(bytesToHex(sha1(utf8ToBytes(strippedField(html)))).slice(0, 8), 16);
}

/**
 * A note's guid: the Anki guid a question came in with (`anki-<guid>`, with `-reverse` or
 * `-c2` for a note's other cards, each its own note here), so a deck that came from Anki
 * goes back onto its own notes; otherwise one derived from the deck and question id
 * (the same on every export, so importing a later export in Anki updates instead of adding).
 */
export function noteGuid(deckId: string, question: Question): string {
  if (question.id.startsWith('anki-')) return decodeURIComponent(question.id.slice('anki-'.length));
  return bytesToHex(sha1(utf8ToBytes(`muster/${deckId}/${question.id}`))).slice(0, 20);
}

export interface ApkgDeck {
  id: string;
  title: string;
  questions: Question[];
}

function model(modelId: number, deckId: number, modSeconds: number) {
  return {
    id: modelId,
    name: 'Muster (Basic with source)',
    type: 0,
    mod: modSeconds,
    usn: -1,
    sortf: 0,
    did: deckId,
    tags: [],
    vers: [],
    flds: FIELDS.map((name, ord) => ({
      name,
      ord,
      sticky: false,
      rtl: false,
      font: 'Arial',
      size: 20,
      media: [],
    })),
    tmpls: [
      {
        name: 'Card 1',
        ord: 0,
        qfmt: '{{Front}}',
        afmt: '{{FrontSide}}<hr id=answer>{{Back}}{{#Explanation}}<br><br>{{Explanation}}{{/Explanation}}{{#Source}}<div class=source>{{Source}}</div>{{/Source}}',
        did: null,
        bqfmt: '',
        bafmt: '',
        bfont: '',
        bsize: 0,
      },
    ],
    css: CSS,
    latexPre:
      '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    req: [[0, 'any', [0]]],
  };
}

function deckJson(id: number, name: string, modSeconds: number) {
  return {
    id,
    name,
    mod: modSeconds,
    usn: -1,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: '',
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 0,
  };
}

/** Anki's default deck options (schema 11), which every deck of the package uses. */
function defaultOptions(modSeconds: number) {
  return {
    id: 1,
    name: 'Default',
    mod: modSeconds,
    usn: -1,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: {
      delays: [1, 10],
      ints: [1, 4, 0],
      initialFactor: 2500,
      order: 1,
      perDay: 20,
      bury: false,
      separate: true,
    },
    rev: {
      perDay: 200,
      ease4: 1.3,
      ivlFct: 1,
      maxIvl: 36500,
      hardFactor: 1.2,
      bury: false,
      fuzz: 0.05,
      minSpace: 1,
    },
    lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 1 },
  };
}

/** The package's bytes: a zip of `collection.anki2` and an empty `media` map. */
export function writeApkg(deck: ApkgDeck, sql: SqlJsStatic, now: Date): Uint8Array {
  const ms = now.getTime();
  const seconds = Math.floor(ms / 1000);
  const modelId = ms;
  const deckId = ms + 1;
  const database = new sql.Database();
  try {
    database.exec(SCHEMA);
    const conf = {
      nextPos: deck.questions.length + 1,
      estTimes: true,
      activeDecks: [1],
      sortType: 'noteFld',
      timeLim: 0,
      sortBackwards: false,
      addToCur: true,
      curDeck: deckId,
      newBury: true,
      newSpread: 0,
      dueCounts: true,
      curModel: String(modelId),
      collapseTime: 1200,
    };
    database.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
      seconds - (seconds % 86_400),
      ms,
      ms,
      JSON.stringify(conf),
      JSON.stringify({ [modelId]: model(modelId, deckId, seconds) }),
      JSON.stringify({ 1: deckJson(1, 'Default', seconds), [deckId]: deckJson(deckId, deck.title, seconds) }),
      JSON.stringify({ 1: defaultOptions(seconds) }),
      '{}',
    ]);
    const addNote = database.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const addCard = database.prepare(
      "INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')",
    );
    deck.questions.forEach((question, index) => {
      const card = exportCard(question);
      const source = `${question.source.quote}${question.source.section ? ` (${question.source.section})` : ''}`;
      const fields = [card.front, card.back, question.explanation ?? '', source].map(fieldHtml);
      const noteId = ms + 2 + index;
      addNote.run([
        noteId,
        noteGuid(deck.id, question),
        modelId,
        seconds,
        ` ${card.tags.join(' ')} `,
        fields.join('\u001f'),
        strippedField(fields[0] ?? ''),
        fieldChecksum(fields[0] ?? ''),
      ]);
      addCard.run([noteId, noteId, deckId, seconds, index + 1]);
    });
    addNote.free();
    addCard.free();
    return zipSync({ 'collection.anki2': database.export(), media: utf8ToBytes('{}') });
  } finally {
    database.close();
  }
}
