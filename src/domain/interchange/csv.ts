import { restoreFormula, toCsv } from '../shared/csv';
import type { ExportCard } from './anki';
import { type DelimitedRecord, parseDelimited } from './delimited';
import { refuseOtherFormats } from './file-kind';
import { checkImportSize, type ImportPreview, previewRecords } from './import-preview';

/**
 * CSV as RFC 4180 has it: comma-separated, CRLF line ends, a header row naming the columns.
 * It is written by the gradebook's toCsv, so a cell that would start a spreadsheet formula
 * ("=…", "-5") gets the same leading apostrophe; readCsv takes it off again.
 */
export function writeCsv(cards: ExportCard[]): string {
  return toCsv([
    ['front', 'back', 'tags'],
    ...cards.map((card) => [card.front, card.back, card.tags.join(' ')]),
  ]);
}

/** The delimiters a file may use, with their names. */
export const CSV_DELIMITERS = { ',': 'Comma', ';': 'Semicolon', '\t': 'Tab', '|': 'Vertical bar' } as const;
export type CsvDelimiter = keyof typeof CSV_DELIMITERS;
/**
 * The order papaparse tries them in: on a tie the rarer character wins, since a semicolon
 * file (Excel's CSV where the comma is the decimal mark) is full of commas but a comma file
 * seldom has a semicolon on every row.
 */
const GUESS_ORDER: CsvDelimiter[] = ['\t', ';', '|', ','];
const isDelimiter = (text: string): text is CsvDelimiter => Object.hasOwn(CSV_DELIMITERS, text);

/** Which column holds what; `tags` undefined means none. Column numbers count from 0. */
export interface CsvColumns {
  front: number;
  back: number;
  tags?: number | undefined;
}

/** What the learner may change in the preview: undefined leaves it to detection. */
export interface CsvChoice {
  delimiter?: CsvDelimiter | undefined;
  columns?: CsvColumns | undefined;
}

/** How the file was read, for the preview's column chooser. */
export interface CsvLayout {
  delimiter: CsvDelimiter;
  /** Each column's name: the header's cell, or "Column N" when the file has no header. */
  names: string[];
  header: boolean;
  columns: CsvColumns;
}

export type CsvPreview = ImportPreview & { csv: CsvLayout };

const FRONT_NAMES = ['front', 'term', 'question', 'prompt', 'word'];
const BACK_NAMES = ['back', 'definition', 'answer', 'meaning'];

/**
 * Without a chosen delimiter, papaparse picks the one that splits the rows most evenly
 * (GUESS_ORDER on a tie); Excel's own hint line, `sep=;`, decides when present.
 */
function parse(body: string, chosen: CsvDelimiter | undefined) {
  const hint = /^"?sep=(.)"?\r?\n/i.exec(body);
  const hinted = hint?.[1] !== undefined && isDelimiter(hint[1]) ? hint[1] : undefined;
  const read = parseDelimited(hint ? body.slice(hint[0].length) : body, {
    delimiter: chosen ?? hinted,
    guess: GUESS_ORDER,
    firstLine: hint ? 2 : 1,
  });
  const records = read.records.map((record) => ({ ...record, fields: record.fields.map(restoreFormula) }));
  return { delimiter: isDelimiter(read.delimiter) ? read.delimiter : ',', records, bad: read.bad };
}

/** A header row names the columns (front/back, term/definition, question/answer, tags). */
function headerColumns(record: DelimitedRecord | undefined): CsvColumns | undefined {
  const names = record?.fields.map((field) => field.trim().toLowerCase()) ?? [];
  const front = names.findIndex((name) => FRONT_NAMES.includes(name));
  const back = names.findIndex((name) => BACK_NAMES.includes(name));
  if (front < 0 || back < 0) return undefined;
  const tags = names.indexOf('tags');
  return { front, back, tags: tags >= 0 ? tags : undefined };
}

/**
 * Reads delimited text (comma, semicolon, tab or vertical bar: detected, or as chosen). A
 * first row that names the columns is a header and says where each side is; otherwise the
 * first column is the front and the second the back. `choice.columns` overrides either.
 *
 * A cell that starts with apostrophes followed by =, +, -, @, tab or CR loses one
 * apostrophe: that is how writeCsv (and other careful exporters) keep a spreadsheet from
 * running the cell as a formula, so "'-5" is the answer -5. Any other apostrophe is kept.
 */
export function readCsv(text: string, choice: CsvChoice = {}): CsvPreview {
  checkImportSize(text);
  refuseOtherFormats(text, 'a CSV file');
  const { delimiter, records, bad } = parse(text.replace(/^\uFEFF/, ''), choice.delimiter);
  const named = headerColumns(records[0]);
  const rows = named ? records.slice(1) : records;
  const width = records.reduce((most, record) => Math.max(most, record.fields.length), 2);
  const names = named
    ? (records[0]?.fields ?? []).map((name, i) => name.trim() || `Column ${i + 1}`)
    : Array.from({ length: width }, (_, i) => `Column ${i + 1}`);
  while (names.length < width) names.push(`Column ${names.length + 1}`);
  const columns = choice.columns ?? named ?? { front: 0, back: 1 };
  const preview = previewRecords(rows, bad, columns);
  return { ...preview, csv: { delimiter, names, header: named !== undefined, columns } };
}
