/**
 * Delimited text as RFC 4180 has it, for Anki's text files (CSV is read by papaparse in
 * csv.ts and written by src/domain/shared/csv.ts):
 * a field holding the separator, a quote or a line break is wrapped in double quotes, and a
 * quote inside is doubled.
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

/**
 * Reads delimited text starting at `firstLine` (1-based) of `lines`. Blank lines are skipped;
 * a quoted field may span lines. A record whose quote never closes is reported, not guessed at.
 * With `comment`, a record starting with that character is a comment (Anki's `#`), skipped.
 */
export function readDelimited(
  lines: string[],
  separator: string,
  firstLine = 1,
  comment?: string,
): DelimitedText {
  const records: DelimitedRecord[] = [];
  const bad: BadRecord[] = [];
  let index = firstLine - 1;
  while (index < lines.length) {
    const start = index;
    const text = lines[index] ?? '';
    index += 1;
    if (text.trim() === '' || (comment !== undefined && text.startsWith(comment))) continue;
    const fields: string[] = [];
    let field = '';
    let inQuotes = false;
    let quoted = false;
    let rawLines = [text];
    let problem: string | undefined;
    let current = text;
    let i = 0;
    for (;;) {
      if (i >= current.length) {
        if (!inQuotes) break;
        if (index >= lines.length) {
          problem = 'a quoted field is never closed (a " is missing)';
          break;
        }
        // The quoted field goes on over the line break.
        field += '\n';
        current = lines[index] ?? '';
        rawLines = [...rawLines, current];
        index += 1;
        i = 0;
        continue;
      }
      const char = current[i] as string;
      if (inQuotes) {
        if (char === '"' && current[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (char === '"') {
          inQuotes = false;
          i += 1;
        } else {
          field += char;
          i += 1;
        }
      } else if (current.startsWith(separator, i)) {
        fields.push(field);
        field = '';
        quoted = false;
        i += separator.length;
      } else if (char === '"' && field === '' && !quoted) {
        inQuotes = true;
        quoted = true;
        i += 1;
      } else if (quoted) {
        problem = 'text follows a closing quote (a quote inside a quoted field must be doubled: "")';
        break;
      } else {
        field += char;
        i += 1;
      }
    }
    if (problem) {
      bad.push({ line: start + 1, reason: problem });
      continue;
    }
    fields.push(field);
    records.push({ line: start + 1, fields, raw: rawLines.join('\n') });
  }
  return { records, bad };
}

/** Splits text into lines, whatever the line ends, without a byte-order mark. */
export function splitLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
