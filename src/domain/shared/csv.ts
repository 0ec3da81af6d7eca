/**
 * A cell a spreadsheet would run as a formula starts with =, +, - or @ (or a tab or CR,
 * which some spreadsheets skip before looking for one). Exports that a spreadsheet may open
 * put an apostrophe in front, so the cell is shown as text: student names and deck text
 * come from files we do not control. Text that already starts with apostrophes before such
 * a character gets one more, so restoreFormula can take exactly one off and give back the
 * text as it was: "-5" → "'-5" → "-5", and "'=x" → "''=x" → "'=x".
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const DEFUSED = /^'+[=+\-@\t\r]/;

export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes defuseFormula: for a cell read back from a file defuseFormula wrote. */
export function restoreFormula(text: string): string {
  return DEFUSED.test(text) ? text.slice(1) : text;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? defuseFormula(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends, as spreadsheets expect. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>): string {
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
