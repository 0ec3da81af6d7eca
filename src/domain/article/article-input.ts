import { ArticleFormatError } from '../shared/errors';
import { MAX_ARTICLE_CHARS } from './parse-article';

/**
 * What a person may give the New deck page: Muster's article format, plain prose under a
 * title line, or Wikipedia wikitext. Telling them apart is cheap and needs no parser, so the
 * wikitext parser loads only when wikitext is given.
 */
export type InputKind = 'article' | 'prose' | 'wikitext';

/**
 * Wikitext carries more markup than prose (references, templates, tables), so its limit is
 * twice an article's; the article it converts to must still fit the article limit.
 */
export const MAX_INPUT_CHARS = 2 * MAX_ARTICLE_CHARS;

const TITLE_LINE = /^\uFEFF?\s*=(?!=)[^\n]*=\s*$/m;
/** Markup that plain prose does not have: links, templates, bold, references, tables, redirects. */
const WIKITEXT_MARK = /\[\[[^\]\n]+\]\]|\{\{[^}\n]*|'''[^'\n]+'''|<ref[\s>/]|^\{\||^#REDIRECT\b/im;

export function detectInputKind(raw: string): InputKind {
  const firstLine =
    raw
      .replace(/^\uFEFF/, '')
      .trimStart()
      .split('\n', 1)[0] ?? '';
  if (TITLE_LINE.test(firstLine)) return 'article';
  // Wikitext shows its markup within the first few thousand characters (an infobox, a bold subject).
  if (WIKITEXT_MARK.test(raw.slice(0, 20_000))) return 'wikitext';
  return 'prose';
}

/** Refuses an input too long to be an article before any work is done on it. */
export function checkInputSize(raw: string): void {
  if (raw.length > MAX_INPUT_CHARS) {
    const megabytes = (raw.length / 1_000_000).toFixed(1);
    throw new ArticleFormatError(
      `This text has ${raw.length.toLocaleString('en')} characters (about ${megabytes} MB); the limit is ${MAX_INPUT_CHARS.toLocaleString('en')}. Paste one article, or split a long one into parts.`,
    );
  }
}

/** A first line short enough to be a heading and not ending like a sentence. */
const HEADING_LINE = /^[^\n]{1,150}$/;

/**
 * Plain prose with its title on the first line ("Battle of Marathon", then the text, as it is
 * copied from a page) into the article format. The title line is the only thing added.
 */
export function proseToArticle(raw: string): string {
  const text = raw.replace(/^\uFEFF/, '').trim();
  const [first = '', ...rest] = text.split(/\r?\n/);
  const title = first.trim();
  const body = rest.join('\n').trim();
  if (!HEADING_LINE.test(title) || /[.!?:;,]$/.test(title) || body.length === 0) {
    throw new ArticleFormatError(
      'Line 1: the article must start with its title, as "= Title =" or as a short first line of its own, followed by the text. Add the title and try again.',
    );
  }
  return `= ${title} =\n\n${body}\n`;
}

/** What the deriver is given: article-format text and groups of names linked as one thing. */
export interface ArticleText {
  text: string;
  aliases: string[][];
}

export type WikitextConverter = (
  wikitext: string,
  options: { title?: string; fallbackTitle?: string },
) => ArticleText;

export interface InputSource {
  text: string;
  /** Set for wikitext fetched from Wikipedia: the page's title. */
  title?: string;
  /** The file's name, a last resort for wikitext that names no title. */
  fileName?: string;
}

/**
 * Any accepted input as article-format text: the article format as it is, prose with its title
 * line marked, wikitext converted with its links as aliases. `loadWikitext` is called only for
 * wikitext, so the app can load the parser lazily and the command line directly.
 */
export async function toArticleText(
  input: InputSource,
  loadWikitext: () => Promise<WikitextConverter>,
): Promise<ArticleText> {
  checkInputSize(input.text);
  const kind = input.title !== undefined ? 'wikitext' : detectInputKind(input.text);
  if (kind === 'article') return { text: input.text, aliases: [] };
  if (kind === 'prose') return { text: proseToArticle(input.text), aliases: [] };
  const convert = await loadWikitext();
  const fallbackTitle = input.fileName
    ?.replace(/^.*[\\/]/, '')
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/_/g, ' ');
  return convert(input.text, {
    ...(input.title ? { title: input.title } : {}),
    ...(fallbackTitle ? { fallbackTitle } : {}),
  });
}
