import { ImportFormatError } from '../shared/errors';
import { readDelimited, splitLines, writeDelimited } from './delimited';
import { checkImportSize, type ImportPreview, previewRecords } from './import-preview';

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

const SEPARATOR_NAMES: Record<string, string> = {
  tab: '\t',
  comma: ',',
  semicolon: ';',
  space: ' ',
  pipe: '|',
  colon: ':',
};

/** Candidates when a file has no #separator: header, in Anki's order of preference. */
const DETECTABLE = ['\t', '|', ';', ',', ':'];

/**
 * The separator that splits most of the first records into two or more fields. Ties go to
 * the earlier candidate (a tab beats a comma that appears inside sentences).
 */
export function detectSeparator(lines: string[], firstLine = 1): string {
  const sample = lines.slice(firstLine - 1, firstLine - 1 + 50);
  let best = '\t';
  let bestScore = -1;
  for (const separator of DETECTABLE) {
    const { records } = readDelimited(sample, separator);
    const score = records.filter((record) => record.fields.length >= 2).length;
    if (score > bestScore) {
      best = separator;
      bestScore = score;
    }
  }
  return best;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Anki fields under #html:true hold HTML; Muster shows text, so it keeps the text only. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(div|p|li)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? entity;
    });
}

interface AnkiHeaders {
  separator?: string;
  html?: boolean;
  columns?: string;
  tags?: string;
  tagsColumn?: number;
  /** Lines taken by the header. */
  length: number;
}

function readHeaders(lines: string[]): AnkiHeaders {
  const headers: AnkiHeaders = { length: 0 };
  for (const line of lines) {
    const match = /^#([a-z ]+):(.*)$/i.exec(line);
    if (!match) break;
    headers.length += 1;
    const name = (match[1] ?? '').trim().toLowerCase();
    const value = match[2] ?? '';
    if (name === 'separator') {
      const separator = SEPARATOR_NAMES[value.trim().toLowerCase()] ?? value;
      if (separator.length !== 1) {
        throw new ImportFormatError(
          `Line ${headers.length}: the separator "${value}" is not one Anki knows; use Tab, Comma, Semicolon, Pipe, Colon, Space or a single character.`,
        );
      }
      headers.separator = separator;
    } else if (name === 'html') headers.html = value.trim().toLowerCase() === 'true';
    else if (name === 'columns') headers.columns = value;
    else if (name === 'tags') headers.tags = value;
    else if (name === 'tags column') headers.tagsColumn = Number(value.trim());
    // Other headers (#notetype, #deck, #guid column, …) say nothing about the text of a card.
  }
  return headers;
}

/** Reads Anki's plain-text notes: headers honoured, the separator detected when there is none. */
export function readAnki(text: string): ImportPreview {
  checkImportSize(text);
  const lines = splitLines(text);
  const headers = readHeaders(lines);
  const firstLine = headers.length + 1;
  const separator = headers.separator ?? detectSeparator(lines, firstLine);
  const names = headers.columns?.split(separator).map((name) => name.trim().toLowerCase()) ?? [];
  const named = (...candidates: string[]) => names.findIndex((name) => candidates.includes(name));
  const front = named('front', 'question', 'text');
  const back = named('back', 'answer', 'back extra', 'extra');
  const tagsByName = named('tags');
  const tagsColumn =
    headers.tagsColumn !== undefined && headers.tagsColumn >= 1
      ? headers.tagsColumn - 1
      : tagsByName >= 0
        ? tagsByName
        : undefined;
  const { records, bad } = readDelimited(lines, separator, firstLine);
  const frontColumn = Math.max(front, 0);
  const backColumn = back >= 0 ? back : frontColumn === 0 ? 1 : 0;
  return previewRecords(records, bad, {
    front: frontColumn,
    back: backColumn,
    tags: tagsColumn,
    globalTags: headers.tags?.split(/\s+/) ?? [],
    ...(headers.html === true ? { clean: htmlToText } : {}),
  });
}
