/**
 * `npm run derive -- <article.txt|page.wiki> [--out <deck.json>] [--curation <curation.json>] [--id <deck-id>]`
 *
 * Writes the deck JSON for an article: to stdout, or to --out. The file may hold what the
 * app accepts: the article format, prose under a title line, or Wikipedia wikitext (its links
 * become aliases; its title, when it names none, comes from the file's name). A curation.json
 * next to the article is applied unless --curation names another. Errors go to stderr, exit code 1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { toArticleText } from '../domain/article/article-input';
import { parseCuration } from '../domain/article/curation';
import { deriveDeck } from '../domain/article/derive-deck';
import { MAX_ARTICLE_CHARS } from '../domain/article/parse-article';
import { wikitextToArticle } from '../domain/article/wikitext';
import { MusterError } from '../domain/shared/errors';
import { runCommand } from './run-command';

const USAGE =
  'Usage: npm run derive -- <article.txt|page.wiki> [--out <deck.json>] [--curation <curation.json>] [--id <deck-id>]';

function parseArgs(args: string[]) {
  const flags = new Map<string, string>();
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg.startsWith('--')) {
      const value = args[i + 1];
      if (value === undefined) throw new MusterError(`${arg} needs a value.\n${USAGE}`);
      flags.set(arg.slice(2), value);
      i++;
    } else files.push(arg);
  }
  const unknown = [...flags.keys()].filter((f) => !['out', 'curation', 'id'].includes(f));
  if (unknown.length > 0) throw new MusterError(`Unknown option --${unknown[0]}.\n${USAGE}`);
  if (files.length !== 1) throw new MusterError(`Give exactly one article file.\n${USAGE}`);
  return {
    article: files[0] as string,
    out: flags.get('out'),
    curation: flags.get('curation'),
    id: flags.get('id'),
  };
}

/** Derives the deck JSON text (with a final newline) for the given command-line arguments. */
export async function deriveCommand(args: string[]): Promise<{ json: string; out: string | undefined }> {
  const options = parseArgs(args);
  if (!existsSync(options.article)) throw new MusterError(`There is no file ${options.article}.`);
  const raw = readFileSync(options.article);
  if (raw.length > MAX_ARTICLE_CHARS * 4)
    throw new MusterError(`${options.article} is far too large to be an article.`);
  const curationPath = options.curation ?? join(dirname(options.article), 'curation.json');
  const curation = existsSync(curationPath) ? parseCuration(readFileSync(curationPath, 'utf8')) : undefined;
  const { text, aliases } = await toArticleText(
    { text: raw.toString('utf8'), fileName: basename(options.article) },
    async () => wikitextToArticle,
  );
  const deck = deriveDeck(text, {
    aliases,
    ...(options.id ? { id: options.id } : {}),
    ...(curation ? { curation } : {}),
  });
  return { json: `${JSON.stringify(deck, null, 2)}\n`, out: options.out };
}

if (process.argv[1]?.endsWith('derive.ts')) {
  void runCommand(async () => {
    const { json, out } = await deriveCommand(process.argv.slice(2));
    return { data: json, out };
  });
}
