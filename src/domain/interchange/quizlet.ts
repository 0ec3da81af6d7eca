import type { ExportCard } from './anki';
import type { BadRecord, DelimitedRecord } from './delimited';
import { splitLines } from './delimited';
import { refuseOtherFormats } from './file-kind';
import { checkImportSize, type ImportPreview, previewRecords } from './import-preview';

/**
 * Quizlet's import box: one card per line, term and definition split by a separator (tab,
 * comma or one of your own). Quizlet knows no quoting, so a line is split at the first
 * separator only: a definition may hold commas. No formula guard (see writeAnki): Quizlet
 * would show the apostrophe.
 */
export function writeQuizlet(cards: ExportCard[]): string {
  // With no quoting, a tab or line break inside a side would split the card: make it a space.
  const flat = (side: string) => side.replace(/[\t\r\n]+/g, ' ');
  return `${cards.map((card) => `${flat(card.front)}\t${flat(card.back)}`).join('\n')}\n`;
}

/**
 * Reads Quizlet's export. Quizlet lets the exporter choose what goes between term and
 * definition (tab, comma or custom) and between rows (new line, semicolon or custom); with a
 * row separator other than the new line, a definition may span lines and keeps them.
 */
export function readQuizlet(text: string, chosenSeparator = '\t', chosenRowSeparator = '\n'): ImportPreview {
  checkImportSize(text);
  refuseOtherFormats(text, 'Quizlet text');
  // An empty custom separator (not typed yet) means Quizlet's default, the tab or new line.
  const separator = chosenSeparator === '' ? '\t' : chosenSeparator;
  const rowSeparator = chosenRowSeparator === '' ? '\n' : chosenRowSeparator;
  const records: DelimitedRecord[] = [];
  const bad: BadRecord[] = [];
  for (const { line, raw } of quizletRows(text, rowSeparator)) {
    if (raw.trim() === '') continue;
    const at = raw.indexOf(separator);
    if (at < 0) {
      bad.push({ line, reason: `no ${separatorName(separator)} between term and definition` });
      continue;
    }
    records.push({ line, fields: [raw.slice(0, at), raw.slice(at + separator.length)], raw });
  }
  return previewRecords(records, bad, { front: 0, back: 1 });
}

/** The rows of the text, each with the line (1-based) its text starts on. */
function quizletRows(text: string, rowSeparator: string): { line: number; raw: string }[] {
  if (rowSeparator === '\n') return splitLines(text).map((raw, index) => ({ line: index + 1, raw }));
  const whole = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows: { line: number; raw: string }[] = [];
  let line = 1;
  for (const part of whole.split(rowSeparator)) {
    const leading = /^\n*/.exec(part)?.[0].length ?? 0;
    rows.push({ line: line + leading, raw: part.slice(leading).replace(/\n+$/, '') });
    line += (part.match(/\n/g)?.length ?? 0) + (rowSeparator.match(/\n/g)?.length ?? 0);
  }
  return rows;
}

function separatorName(separator: string): string {
  return separator === '\t' ? 'tab' : separator === ',' ? 'comma' : `"${separator}"`;
}
