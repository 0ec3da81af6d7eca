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

export function readQuizlet(text: string, chosenSeparator = '\t'): ImportPreview {
  checkImportSize(text);
  refuseOtherFormats(text, 'Quizlet text');
  // An empty custom separator (not typed yet) means Quizlet's default, the tab.
  const separator = chosenSeparator === '' ? '\t' : chosenSeparator;
  const records: DelimitedRecord[] = [];
  const bad: BadRecord[] = [];
  splitLines(text).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const at = raw.indexOf(separator);
    if (at < 0) {
      bad.push({ line: index + 1, reason: `no ${separatorName(separator)} between term and definition` });
      return;
    }
    records.push({ line: index + 1, fields: [raw.slice(0, at), raw.slice(at + separator.length)], raw });
  });
  return previewRecords(records, bad, { front: 0, back: 1 });
}

function separatorName(separator: string): string {
  return separator === '\t' ? 'tab' : separator === ',' ? 'comma' : `"${separator}"`;
}
