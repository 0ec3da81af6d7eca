import { type AnkiHeaders, readAnkiHeaders } from './anki-headers';
import { noteCards } from './anki-notes';
import { readDelimited, splitLines, writeDelimited } from './delimited';
import { refuseOtherFormats } from './file-kind';
import { htmlToText, looksLikeHtml } from './html-text';
import { addCard, checkImportSize, type ImportPreview, sortSkipped, tagList } from './import-preview';

/** A card to export: its two sides and its tags. */
export interface ExportCard {
  front: string;
  back: string;
  tags: string[];
}

/**
 * Anki's "Notes in Plain Text" with the header lines Anki 2.1.55+ reads, so an import needs
 * no settings: tab-separated, plain text, Front / Back / Tags columns. Unlike the CSV export,
 * a field starting like a formula ("-5") gets no apostrophe: Anki would keep and show it,
 * and a spreadsheet opens a .txt only through an import dialog that can read it as text.
 */
export function writeAnki(cards: ExportCard[], deckTags: string[]): string {
  const header = [
    '#separator:tab',
    '#html:false',
    '#columns:Front\tBack\tTags',
    '#tags column:3',
    `#tags:${deckTags.join(' ')}`,
  ];
  const rows = cards.map((card) => [card.front, card.back, card.tags.join(' ')]);
  return `${header.join('\n')}\n${writeDelimited(rows, '\t')}`;
}

/** Candidates when a file has no #separator: header, in Anki's order of preference. */
const DETECTABLE = ['\t', '|', ';', ',', ':'];

/**
 * The separator that splits most of the first records into two or more fields. Ties go to
 * the earlier candidate (a tab beats a comma that appears inside sentences).
 */
export function detectSeparator(lines: string[], firstLine = 1, candidates = DETECTABLE): string {
  const sample = lines.slice(firstLine - 1, firstLine - 1 + 50);
  let best = candidates[0] ?? '\t';
  let bestScore = -1;
  for (const separator of candidates) {
    const { records } = readDelimited(sample, separator);
    const score = records.filter((record) => record.fields.length >= 2).length;
    if (score > bestScore) {
      best = separator;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Reads Anki's "Notes in Plain Text": every header Anki documents (see anki-headers.ts), the
 * separator detected when none is given, HTML fields made text, each note's cards made by its
 * note type (anki-notes.ts), its guid, deck and tags kept. A line starting with # after the
 * head is a comment, as in Anki. Nothing here throws for a bad record: it is skipped, with
 * its line and why.
 */
export function readAnki(text: string): ImportPreview {
  checkImportSize(text);
  refuseOtherFormats(text, 'an Anki text file');
  const lines = splitLines(text);
  const headers = readAnkiHeaders(lines);
  const firstLine = headers.length + 1;
  const separator = headers.separator ?? detectSeparator(lines, firstLine);
  const { records, bad } = readDelimited(lines, separator, firstLine, '#');
  const html = headers.html ?? records.some((record) => record.fields.some(looksLikeHtml));
  const clean = html ? htmlToText : (field: string) => field;
  const labels = headers.columns === undefined ? [] : splitColumns(headers.columns, separator);
  const meta = metaColumns(headers, labels);
  const fieldLabels = labels.filter((_, index) => !meta.all.has(index));

  const preview: ImportPreview = { cards: [], skipped: [...bad] };
  const guidLines = new Map<string, number>();
  for (const record of records) {
    const cell = (column: number | undefined) =>
      column === undefined ? '' : (record.fields[column] ?? '').trim();
    const guid = cell(meta.guid);
    const earlier = guidLines.get(guid);
    if (guid !== '' && earlier !== undefined) {
      preview.skipped.push({ line: record.line, reason: `the same note (guid ${guid}) as line ${earlier}` });
      continue;
    }
    if (guid !== '') guidLines.set(guid, record.line);
    const fields = record.fields.filter((_, index) => !meta.all.has(index)).map(clean);
    const made = noteCards(cell(meta.noteType) || headers.noteType || 'Basic', fields, fieldLabels);
    if ('skip' in made) {
      preview.skipped.push({ line: record.line, reason: made.skip });
      continue;
    }
    const deck = cell(meta.deck) || headers.deck;
    for (const card of made.cards) {
      addCard(preview, {
        line: record.line,
        ...card,
        tags: tagList(headers.tags, cell(meta.tags)),
        raw: record.raw,
        ...(guid === '' ? {} : { guid }),
        ...(deck ? { deck } : {}),
      });
    }
  }
  return sortSkipped(preview);
}

function splitColumns(line: string, separator: string): string[] {
  return (readDelimited([line], separator).records[0]?.fields ?? []).map((label) => label.trim());
}

/** The 0-based columns that describe a note rather than hold its fields. */
function metaColumns(headers: AnkiHeaders, labels: string[]) {
  const index = (column: number | undefined) => (column === undefined ? undefined : column - 1);
  const tagsByName = labels.findIndex((label) => label.toLowerCase() === 'tags');
  const columns = {
    guid: index(headers.guidColumn),
    noteType: index(headers.noteTypeColumn),
    deck: index(headers.deckColumn),
    tags: index(headers.tagsColumn) ?? (tagsByName >= 0 ? tagsByName : undefined),
  };
  const all = new Set(Object.values(columns).filter((column) => column !== undefined));
  return { ...columns, all };
}
