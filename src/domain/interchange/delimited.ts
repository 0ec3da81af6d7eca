import Papa from 'papaparse';

/**
 * Delimited text as RFC 4180 has it (CSV, and Anki's text files, which quote the same way):
 * a field holding the separator, a quote or a line break is wrapped in double quotes, and a
 * quote inside is doubled. Both are read here with papaparse; CSV is written by
 * src/domain/shared/csv.ts, which also guards formulas.
 */

export function quoteField(field: string, separator: string): string {
  // A leading # is quoted too: Anki would read a line starting "#word:" as a header.
  const needsQuotes = field.includes(separator) || /["\r\n]/.test(field) || field.startsWith('#');
  return needsQuotes ? `"${field.replaceAll('"', '""')}"` : field;
}

/** Anki's text files; CSV is written by src/domain/shared/csv.ts, which also guards formulas. */
export function writeDelimited(rows: string[][], separator: string): string {
  return `${rows.map((row) => row.map((field) => quoteField(field, separator)).join(separator)).join('\n')}\n`;
}

/** One record read back, with the line it starts on (1-based) and its text as written. */
export interface DelimitedRecord {
  line: number;
  fields: string[];
  raw: string;
}

export interface BadRecord {
  line: number;
  reason: string;
}

export interface DelimitedText {
  records: DelimitedRecord[];
  bad: BadRecord[];
}

export interface ParseOptions {
  /** The separator; undefined lets papaparse pick one of `guess`. */
  delimiter?: string | undefined;
  /** Candidates to pick from, the first winning a tie. */
  guess?: string[];
  /** A record starting with this is a comment (Anki's `#`), skipped. */
  comment?: string | undefined;
  /** The line of the file `text` starts on (1-based). */
  firstLine?: number;
}

/** A quoted field papaparse had to guess at: reported, not imported. */
function quoteProblem(errors: Papa.ParseError[]): string | undefined {
  const error = errors.find((e) => e.type === 'Quotes');
  if (!error) return undefined;
  return error.code === 'MissingQuotes'
    ? 'a quoted field is never closed (a " is missing)'
    : 'text follows a closing quote (a quote inside a quoted field must be doubled: "")';
}

const count = (text: string, part: string) => text.split(part).length - 1;

/**
 * Reads delimited text with papaparse, row by row so each record keeps the line it starts
 * on and its text as written (its source quote): a record's text is the last lines before
 * papaparse's cursor, as many as its fields hold line ends plus one, whatever blank or
 * comment lines came before it. Blank lines are skipped; a quoted field may span lines.
 */
export function parseDelimited(
  text: string,
  options: ParseOptions = {},
): DelimitedText & { delimiter: string } {
  const records: DelimitedRecord[] = [];
  const bad: BadRecord[] = [];
  let delimiter = options.delimiter ?? options.guess?.[0] ?? ',';
  let cursor = 0;
  let line = options.firstLine ?? 1;
  Papa.parse<string[]>(text, {
    delimiter: options.delimiter ?? '',
    ...(options.guess ? { delimitersToGuess: options.guess } : {}),
    comments: options.comment ?? false,
    skipEmptyLines: 'greedy',
    step: (row) => {
      delimiter = row.meta.delimiter;
      // Lines as papaparse splits them: by the line end it found (a stray \r in a CRLF file
      // is text).
      const end = row.meta.linebreak || '\n';
      const read = text.slice(cursor, row.meta.cursor);
      const segmentLines = (read.endsWith(end) ? read.slice(0, -end.length) : read).split(end);
      const own = 1 + row.data.reduce((sum, field) => sum + count(field, end), 0);
      const start = line + Math.max(0, segmentLines.length - own);
      line += count(read, end);
      cursor = row.meta.cursor;
      const problem = quoteProblem(row.errors);
      if (problem) {
        bad.push({ line: start, reason: problem });
        return;
      }
      // A line break inside a quoted field is a line break, whatever the file's line ends.
      const fields = row.data.map((field) => field.replace(/\r\n?/g, '\n'));
      records.push({ line: start, fields, raw: segmentLines.slice(-own).join('\n') });
    },
  });
  return { delimiter, records, bad };
}

/** `lines` from `firstLine` on (1-based), read with `separator` (see parseDelimited). */
export function readDelimited(
  lines: string[],
  separator: string,
  firstLine = 1,
  comment?: string,
): DelimitedText {
  const { records, bad } = parseDelimited(lines.slice(firstLine - 1).join('\n'), {
    delimiter: separator,
    comment,
    firstLine,
  });
  return { records, bad };
}

/** Splits text into lines, whatever the line ends, without a byte-order mark. */
export function splitLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
