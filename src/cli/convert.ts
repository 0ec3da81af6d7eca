/**
 * `npm run convert -- <input> --to <deck|anki|apkg|quizlet|csv|gift|qti> [--out <file>] [--from <format>] [--title <text>]`
 *
 * The app's importers and exporters from the command line, for converting a folder of
 * quizzes: the input's format comes from its name and content (.gift or GIFT text, .csv or
 * .tsv, .json for a deck, .apkg for an Anki package, any other text as Anki's; --from quizlet
 * for Quizlet text), lines (or Anki notes) it skips are listed on stderr, the result goes to --out or stdout (a QTI zip needs --out).
 * What the import screen lets the learner choose can be given too: a CSV's --delimiter and
 * --columns, Quizlet's --separator and --row-separator. Errors go to stderr, exit code 1.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { strToU8, zipSync } from 'fflate';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { readAnki } from '../domain/interchange/anki';
import { readApkg } from '../domain/interchange/apkg-import';
import { writeApkg } from '../domain/interchange/apkg-write';
import { CSV_DELIMITERS, type CsvChoice, type CsvDelimiter, readCsv } from '../domain/interchange/csv';
import { exportDeck } from '../domain/interchange/export-deck';
import { looksLikeGift } from '../domain/interchange/file-kind';
import { toGift } from '../domain/interchange/gift';
import { readGift } from '../domain/interchange/gift-import';
import { type ImportPreview, MAX_IMPORT_CHARS } from '../domain/interchange/import-preview';
import { importedDeck } from '../domain/interchange/imported-deck';
import { toQtiPackage } from '../domain/interchange/qti';
import { readQuizlet } from '../domain/interchange/quizlet';
import { decodeText } from '../domain/interchange/text-encoding';
import { type Deck, parseDeckJson } from '../domain/shared/deck';
import { MusterError } from '../domain/shared/errors';
import { sha256Hex } from '../domain/shared/sha256';
import { runCommand } from './run-command';

const USAGE = [
  'Usage: npm run convert -- <input> --to <deck|anki|apkg|quizlet|csv|gift|qti> [--out <file>]',
  '  [--from <anki|apkg|quizlet|csv|gift|deck>] [--title <deck title>]',
  '  CSV: [--delimiter <comma|semicolon|tab|bar>] [--columns <front>,<back>[,<tags>]] (numbered from 1)',
  '  Quizlet: [--separator <text>] [--row-separator <text>] (tab and new line unless given)',
].join('\n');
const INPUTS = ['anki', 'apkg', 'quizlet', 'csv', 'gift', 'deck'] as const;
const OUTPUTS = ['deck', 'anki', 'apkg', 'quizlet', 'csv', 'gift', 'qti'] as const;
type Input = (typeof INPUTS)[number];
type Output = (typeof OUTPUTS)[number];

export interface Converted {
  /** Text, or bytes for a zip. */
  data: string | Uint8Array;
  out: string | undefined;
  /** One line per skipped line of the input, for stderr. */
  warnings: string[];
}

const SPEC = {
  to: { type: 'string' },
  out: { type: 'string' },
  from: { type: 'string' },
  title: { type: 'string' },
  delimiter: { type: 'string' },
  columns: { type: 'string' },
  separator: { type: 'string' },
  'row-separator': { type: 'string' },
} as const;

const DELIMITER_NAMES: Record<string, CsvDelimiter> = { comma: ',', semicolon: ';', tab: '\t', bar: '|' };

/** --delimiter and --columns as the CSV reader takes them; the file's own layout where not given. */
function csvChoice(delimiter: string | undefined, columns: string | undefined): CsvChoice {
  const chosen = delimiter === undefined ? undefined : (DELIMITER_NAMES[delimiter] ?? delimiter);
  if (chosen !== undefined && !Object.hasOwn(CSV_DELIMITERS, chosen)) {
    throw new MusterError(`--delimiter must be one of ${Object.keys(DELIMITER_NAMES).join(', ')}.\n${USAGE}`);
  }
  if (columns === undefined) return { delimiter: chosen as CsvDelimiter | undefined };
  const numbers = columns.split(',').map((n) => Number(n.trim()));
  if (numbers.length < 2 || numbers.length > 3 || numbers.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new MusterError(
      `--columns takes two or three column numbers from 1, such as 2,1 or 1,2,4.\n${USAGE}`,
    );
  }
  const [front = 1, back = 2, tags] = numbers;
  return {
    delimiter: chosen as CsvDelimiter | undefined,
    columns: { front: front - 1, back: back - 1, tags: tags === undefined ? undefined : tags - 1 },
  };
}

function parse(args: string[]) {
  try {
    return parseArgs({ args, options: SPEC, allowPositionals: true });
  } catch (error) {
    throw new MusterError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

function options(args: string[]) {
  const { values, positionals } = parse(args);
  if (positionals.length !== 1) throw new MusterError(`Give exactly one input file.\n${USAGE}`);
  const to = values.to;
  if (!OUTPUTS.includes(to as Output))
    throw new MusterError(`--to must be one of ${OUTPUTS.join(', ')}.\n${USAGE}`);
  const from = values.from;
  if (from !== undefined && !INPUTS.includes(from as Input)) {
    throw new MusterError(`--from must be one of ${INPUTS.join(', ')}.\n${USAGE}`);
  }
  if (to === 'qti' && !values.out)
    throw new MusterError('A QTI package is a zip file: give --out <file.zip>.');
  if (to === 'apkg' && !values.out)
    throw new MusterError('An Anki package is a zip file: give --out <file.apkg>.');
  return {
    input: positionals[0] as string,
    to: to as Output,
    from: from as Input | undefined,
    out: values.out,
    title: values.title,
    readers: readers({
      csv: csvChoice(values.delimiter, values.columns),
      quizletSeparator: values.separator?.replace(/^tab$/, '\t') ?? '\t',
      quizletRowSeparator: values['row-separator'] ?? '\n',
    }),
  };
}

function inputFormat(fileName: string, text: string): Input {
  if (/\.gift$/i.test(fileName) || looksLikeGift(text)) return 'gift';
  if (/\.[ct]sv$/i.test(fileName)) return 'csv';
  if (/\.json$/i.test(fileName)) return 'deck';
  if (/\.(apkg|zip)$/i.test(fileName)) return 'apkg';
  return 'anki';
}

type Readers = Record<Exclude<Input, 'deck' | 'apkg'>, (text: string) => ImportPreview>;

function readers(choices: {
  csv: CsvChoice;
  quizletSeparator: string;
  quizletRowSeparator: string;
}): Readers {
  return {
    anki: readAnki,
    quizlet: (text) => readQuizlet(text, choices.quizletSeparator, choices.quizletRowSeparator),
    csv: (text) => readCsv(text, choices.csv),
    gift: readGift,
  };
}

interface ReadOptions {
  from: Input | undefined;
  title: string | undefined;
  read: Readers;
  sql: SqlJsStatic | undefined;
}

/** Reads the input as a deck, with a warning for each line (or Anki note) it skipped. */
function readDeck(path: string, { from, title, read, sql }: ReadOptions) {
  if (!existsSync(path)) throw new MusterError(`There is no file ${path}.`);
  const bytes = readFileSync(path);
  const format = from ?? (/\.(apkg|zip)$/i.test(path) ? 'apkg' : undefined);
  if (format === 'apkg') {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return deckOf(path, readApkg(new Uint8Array(bytes), needSql(sql)), title, 'note', sha256);
  }
  if (bytes.length > MAX_IMPORT_CHARS * 4) throw new MusterError(`${path} is too large to import.`);
  const { text } = decodeText(new Uint8Array(bytes));
  const textFormat = format ?? inputFormat(path, text);
  if (textFormat === 'deck') return { deck: parseDeckJson(text), warnings: [] };
  if (textFormat === 'apkg') throw new MusterError(`${path} is not an Anki package.`);
  return deckOf(path, read[textFormat](text), title, 'line', sha256Hex(text));
}

function needSql(sql: SqlJsStatic | undefined): SqlJsStatic {
  if (!sql) throw new MusterError('Anki packages need sql.js: run the command through npm run convert.');
  return sql;
}

function deckOf(
  path: string,
  preview: ImportPreview,
  title: string | undefined,
  unit: string,
  sha256: string,
) {
  const warnings = preview.skipped.map((skip) => `${path}, ${unit} ${skip.line} skipped: ${skip.reason}`);
  if (preview.cards.length === 0) throw new MusterError(`${path} holds no card that can be imported.`);
  const fileName = basename(path);
  const deck = importedDeck(preview.cards, {
    title: title ?? fileName.replace(/\.[^.]+$/, ''),
    topic: 'strategy',
    fileName,
    sha256,
    takenIds: new Set(),
  });
  return { deck, warnings };
}

function write(deck: Deck, to: Output, sql?: SqlJsStatic): string | Uint8Array {
  if (to === 'deck') return `${JSON.stringify(deck, null, 2)}\n`;
  if (to === 'apkg') return writeApkg(deck, needSql(sql), new Date());
  if (to === 'gift') return toGift(deck);
  if (to === 'qti') {
    const files = Object.entries(toQtiPackage(deck)).map(([path, xml]) => [path, strToU8(xml)] as const);
    return zipSync(Object.fromEntries(files));
  }
  return exportDeck(to, deck.id, deck.questions);
}

/** `sql` (sql.js, loaded by the caller) is needed only to read or write an .apkg. */
export function convertCommand(args: string[], sql?: SqlJsStatic): Converted {
  const { input, to, from, out, title, readers: read } = options(args);
  const { deck, warnings } = readDeck(input, { from, title, read, sql });
  return { data: write(deck, to, sql), out, warnings };
}

if (process.argv[1]?.endsWith('convert.ts')) {
  void runCommand(async () => convertCommand(process.argv.slice(2), await initSqlJs()));
}
