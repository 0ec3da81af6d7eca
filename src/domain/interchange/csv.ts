import type { ExportCard } from './anki';
import { readDelimited, splitLines, writeDelimited } from './delimited';
import { checkImportSize, type ImportPreview, previewRecords } from './import-preview';

/** CSV as RFC 4180 has it: comma-separated, CRLF line ends, a header row naming the columns. */
export function writeCsv(cards: ExportCard[]): string {
  const rows = [
    ['front', 'back', 'tags'],
    ...cards.map((card) => [card.front, card.back, card.tags.join(' ')]),
  ];
  return writeDelimited(rows, ',', '\r\n');
}

const FRONT_NAMES = ['front', 'term', 'question', 'prompt', 'word'];
const BACK_NAMES = ['back', 'definition', 'answer', 'meaning'];

/**
 * Reads CSV. A first row whose cells name the columns (front/back, term/definition,
 * question/answer, tags) is a header and says where each side is; otherwise the first
 * column is the front and the second the back.
 */
export function readCsv(text: string): ImportPreview {
  checkImportSize(text);
  const { records, bad } = readDelimited(splitLines(text), ',');
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
