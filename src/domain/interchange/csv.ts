import { restoreFormula, toCsv } from '../shared/csv';
import { detectSeparator, type ExportCard } from './anki';
import { readDelimited, splitLines } from './delimited';
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

/**
 * Tab, semicolon or comma, whichever splits most rows; on a tie the rarer character wins,
 * since a semicolon file (Excel's CSV where the comma is the decimal mark) is full of commas
 * but a comma file seldom has a semicolon on every row. Excel's own hint line, `sep=;`,
 * decides when present.
 */
function csvDelimiter(lines: string[]): { delimiter: string; firstLine: number } {
  const hint = /^"?sep=(.)"?$/i.exec(lines[0] ?? '');
  if (hint?.[1]) return { delimiter: hint[1], firstLine: 2 };
  return { delimiter: detectSeparator(lines, 1, ['\t', ';', ',']), firstLine: 1 };
}

const FRONT_NAMES = ['front', 'term', 'question', 'prompt', 'word'];
const BACK_NAMES = ['back', 'definition', 'answer', 'meaning'];

/**
 * Reads CSV. A first row whose cells name the columns (front/back, term/definition,
 * question/answer, tags) is a header and says where each side is; otherwise the first
 * column is the front and the second the back.
 *
 * A cell that starts with apostrophes followed by =, +, -, @, tab or CR loses one
 * apostrophe: that is how writeCsv (and other careful exporters) keep a spreadsheet from
 * running the cell as a formula, so "'-5" is the answer -5. Any other apostrophe is kept.
 */
export function readCsv(text: string): ImportPreview {
  checkImportSize(text);
  refuseOtherFormats(text, 'a CSV file');
  const lines = splitLines(text);
  const { delimiter, firstLine } = csvDelimiter(lines);
  const read = readDelimited(lines, delimiter, firstLine);
  const bad = read.bad;
  const records = read.records.map((record) => ({ ...record, fields: record.fields.map(restoreFormula) }));
  const first = records[0];
  const names = first?.fields.map((field) => field.trim().toLowerCase()) ?? [];
  const front = names.findIndex((name) => FRONT_NAMES.includes(name));
  const back = names.findIndex((name) => BACK_NAMES.includes(name));
  if (front >= 0 && back >= 0) {
    const tags = names.indexOf('tags');
    return previewRecords(records.slice(1), bad, { front, back, tags: tags >= 0 ? tags : undefined });
  }
  return previewRecords(records, bad, { front: 0, back: 1 });
}
