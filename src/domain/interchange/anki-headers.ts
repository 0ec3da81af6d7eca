import { ImportFormatError } from '../shared/errors';

/**
 * The head of an Anki text file, as Anki 2.1.55+ reads it: an optional legacy `tags:` first
 * line, then every line that starts with `#`. A `#key:value` line is a setting; any other `#`
 * line (or a key Anki does not know) is a comment. Column numbers are 1-based, as written.
 */
export interface AnkiHeaders {
  separator?: string;
  html?: boolean;
  /** The #columns: line as written; split once the separator is known. */
  columns?: string;
  tags: string[];
  deck?: string;
  noteType?: string;
  tagsColumn?: number;
  deckColumn?: number;
  noteTypeColumn?: number;
  guidColumn?: number;
  /** Lines taken by the head. */
  length: number;
}

const SEPARATOR_NAMES: Record<string, string> = {
  tab: '\t',
  comma: ',',
  semicolon: ';',
  space: ' ',
  pipe: '|',
  colon: ':',
};

const COLUMN_KEYS = {
  'tags column': 'tagsColumn',
  'deck column': 'deckColumn',
  'notetype column': 'noteTypeColumn',
  'guid column': 'guidColumn',
} as const;

export function readAnkiHeaders(lines: string[]): AnkiHeaders {
  const headers: AnkiHeaders = { tags: [], length: 0 };
  const first = lines[0] ?? '';
  if (first.startsWith('tags:')) {
    headers.tags = splitTags(first.slice('tags:'.length));
    headers.length = 1;
  }
  while (headers.length < lines.length && (lines[headers.length] ?? '').startsWith('#')) {
    const line = lines[headers.length] ?? '';
    headers.length += 1;
    const colon = line.indexOf(':');
    if (colon > 0) setHeader(headers, line.slice(1, colon).trim().toLowerCase(), line.slice(colon + 1));
  }
  return headers;
}

function setHeader(headers: AnkiHeaders, key: string, value: string): void {
  const at = `Line ${headers.length}`;
  if (key === 'separator') {
    const separator = SEPARATOR_NAMES[value.trim().toLowerCase()] ?? value;
    if (separator.length !== 1) {
      throw new ImportFormatError(
        `${at}: the separator "${value}" is not one Anki knows; use Tab, Comma, Semicolon, Pipe, Colon, Space or a single character.`,
      );
    }
    headers.separator = separator;
  } else if (key === 'html') {
    const flag = value.trim().toLowerCase();
    if (flag !== 'true' && flag !== 'false') {
      throw new ImportFormatError(`${at}: #html: must be true or false, not "${value}".`);
    }
    headers.html = flag === 'true';
  } else if (key === 'columns') headers.columns = value;
  else if (key === 'tags') headers.tags = splitTags(value);
  else if (key === 'deck') headers.deck = value.trim();
  else if (key === 'notetype') headers.noteType = value.trim();
  else if (key in COLUMN_KEYS) {
    const column = Number(value.trim());
    if (!Number.isInteger(column) || column < 1) {
      throw new ImportFormatError(
        `${at}: #${key}: must be a column number (1 for the first column), not "${value}".`,
      );
    }
    headers[COLUMN_KEYS[key as keyof typeof COLUMN_KEYS]] = column;
  }
  // Any other key is one Anki would ignore too: a comment.
}

function splitTags(value: string): string[] {
  return value.split(/\s+/).filter((tag) => tag !== '');
}
