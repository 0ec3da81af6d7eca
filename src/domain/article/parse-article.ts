import { ArticleFormatError } from '../shared/errors';
import { splitSentences } from './sentences';

/** An article is prose for people: 1,000,000 characters is far beyond any real one (and the deck limit). */
export const MAX_ARTICLE_CHARS = 1_000_000;

export interface InfoboxEntry {
  key: string;
  /** The value split on commas, except commas inside numbers such as 4,000; empty items dropped. */
  values: string[];
  /** "Key: value" exactly as in the article, for quoting. */
  line: string;
}

export interface Paragraph {
  /** The section (or subsection) title it belongs to: "Lead" before the first heading. */
  section: string;
  text: string;
  sentences: string[];
}

export interface Section {
  title: string;
  /** 1 for "== Section ==", 2 for "=== Subsection ===", and so on. */
  level: number;
  paragraphs: Paragraph[];
}

export interface Article {
  title: string;
  infobox: InfoboxEntry[];
  lead: Paragraph[];
  sections: Section[];
  seeAlso: string[];
  /** The text after normalising line ends, BOM, tabs and trailing spaces: every quote is a substring of it. */
  text: string;
}

const TITLE = /^=(?!=)\s*(.*?)\s*=$/;
const HEADING = /^(={2,6})\s*(.*?)\s*=*$/;
const ITEM = /^-\s*(.*)$/;
const INFOBOX_LINE = /^-\s*([^:]+?)\s*:\s*(.*)$/;
/** True for the comma of "4,000": a digit before, exactly three digits after. */
function isThousandsComma(value: string, i: number): boolean {
  return /\d/.test(value[i - 1] ?? '') && /^\d{3}(?!\d)/.test(value.slice(i + 1, i + 5));
}

/** Splits an infobox value into its items, at commas outside brackets: "Hippias (deposed, Athenian tyrant)" is one. */
export function splitInfoboxValue(value: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (ch === ',' && depth === 0 && !isThousandsComma(value, i)) {
      items.push(value.slice(start, i));
      start = i + 1;
    }
  }
  items.push(value.slice(start));
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

/** Puts any text into the shape the parser reads: LF line ends, no BOM, no tabs, no trailing spaces. */
function normalizeArticleText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[ \u00A0]+$/gm, '');
}

function fail(line: number, problem: string): never {
  throw new ArticleFormatError(`Line ${line}: ${problem}`);
}

function firstBinaryIndex(raw: string): number {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) return i;
  }
  return -1;
}

function checkIsText(raw: string): void {
  if (raw.length > MAX_ARTICLE_CHARS) {
    throw new ArticleFormatError(
      `This article has ${raw.length.toLocaleString('en')} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')}. Split it into smaller articles.`,
    );
  }
  // NUL and other C0 controls (except tab, LF, CR) never occur in text: this is a binary file.
  const binary = firstBinaryIndex(raw);
  if (binary !== -1) {
    const line = raw.slice(0, binary).split('\n').length;
    fail(line, 'this is not text (it holds binary data). Choose a plain-text .txt article.');
  }
  if (raw.trim().length === 0) {
    throw new ArticleFormatError(
      'The article is empty. Paste or choose an article that starts with "= Title =".',
    );
  }
}

/**
 * Reads an article in Muster's format ("= Title =", an optional Infobox of "- Key: value"
 * lines, a lead, "== Sections ==" and "=== Subsections ===", an optional "== See also ==").
 * Throws an ArticleFormatError, and nothing else, naming the line and the problem.
 */
export function parseArticle(raw: string, split: (paragraph: string) => string[] = splitSentences): Article {
  checkIsText(raw);
  const text = normalizeArticleText(raw);
  const lines = text.split('\n');
  let index = lines.findIndex((line) => line.trim().length > 0);
  const titleLine = lines[index]?.trim() ?? '';
  const titleMatch = TITLE.exec(titleLine);
  const title = titleMatch?.[1]?.trim();
  if (!title) {
    fail(
      index + 1,
      `the article must start with its title as "= Title =", but this line is "${titleLine.slice(0, 60)}".`,
    );
  }
  index += 1;

  const infobox: InfoboxEntry[] = [];
  const lead: Paragraph[] = [];
  const sections: Section[] = [];
  const seeAlso: string[] = [];
  let current: Section | undefined;
  let inInfobox = false;
  let pending: string[] = [];

  const flush = () => {
    if (pending.length === 0) return;
    const paragraphText = pending.join('\n');
    pending = [];
    const paragraph: Paragraph = {
      section: current?.title ?? 'Lead',
      text: paragraphText,
      sentences: split(paragraphText),
    };
    (current ? current.paragraphs : lead).push(paragraph);
  };

  for (; index < lines.length; index++) {
    const line = (lines[index] ?? '').trimStart();
    if (line.length === 0) {
      flush();
      inInfobox = false;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading?.[1] && heading[2]) {
      flush();
      inInfobox = false;
      current = { title: heading[2], level: heading[1].length - 1, paragraphs: [] };
      sections.push(current);
      continue;
    }
    if (!current && pending.length === 0 && /^infobox$/i.test(line)) {
      inInfobox = true;
      continue;
    }
    if (inInfobox) {
      const entry = INFOBOX_LINE.exec(line);
      if (entry?.[1] !== undefined && entry[2] !== undefined) {
        infobox.push({ key: entry[1], values: splitInfoboxValue(entry[2]), line: line.replace(/^-\s*/, '') });
        continue;
      }
      inInfobox = false;
    }
    const item = ITEM.exec(line);
    if (current && /^see also$/i.test(current.title) && item?.[1]) {
      seeAlso.push(item[1].trim());
      continue;
    }
    pending.push(line);
  }
  flush();
  return { title, infobox, lead, sections, seeAlso, text };
}

/** Every paragraph of the article in reading order: the lead, then each section's. */
export function allParagraphs(article: Article): Paragraph[] {
  return [...article.lead, ...article.sections.flatMap((section) => section.paragraphs)];
}

/** The infobox values for the first key matching `key` (case-insensitive), or []. */
export function infoboxValues(article: Article, key: string): string[] {
  return infoboxEntry(article, key)?.values ?? [];
}

export function infoboxEntry(article: Article, key: string): InfoboxEntry | undefined {
  const wanted = key.toLowerCase();
  return article.infobox.find((entry) => entry.key.toLowerCase() === wanted);
}

/** "Raid on Manila (1798)" → "Raid on Manila": a title without its qualifier in brackets. */
export const bareTitle = (title: string) => title.replace(/\s*\([^)]*\)\s*$/, '').trim();
