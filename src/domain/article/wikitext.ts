import wtf from 'wtf_wikipedia';
import { ArticleFormatError } from '../shared/errors';
import { aliasGroups, type WikiLink } from './link-aliases';

/**
 * Real Wikipedia wikitext ("edit source" text, a .wiki file, the MediaWiki API's content)
 * into Muster's article format. wtf_wikipedia reads the markup; this module keeps what a
 * quiz can be asked about (the infobox, the lead, the sections and their prose, See also)
 * and drops references, tables, templates, files, categories and lists of links. Every line
 * is written by us, so each derived question's quote is a substring of the text returned.
 */

// The parts of wtf_wikipedia's objects we read (its own types declare most results `object`).
interface WtfLink {
  page(): string | undefined;
  text(): string | undefined;
  type(): string;
}
interface WtfSentence {
  text(): string;
  links(): WtfLink[];
}
interface WtfList {
  lines(): WtfSentence[];
}
interface WtfParagraph {
  sentences(): WtfSentence[];
}
interface WtfSection {
  title(): string;
  depth(): number;
  paragraphs(): WtfParagraph[];
  lists(): WtfList[];
}
interface WtfInfobox {
  data: Record<string, WtfSentence>;
}
interface WtfDocument {
  title(): string | null;
  isRedirect(): boolean;
  redirectTo(): { page?: string } | null;
  isDisambiguation(): boolean;
  sections(): WtfSection[];
  infoboxes(): WtfInfobox[];
}

export interface ConvertedArticle {
  title: string;
  /** The article in Muster's format. */
  text: string;
  /** Names of one thing, from the links: [["Emesa", "Homs"]]. */
  aliases: string[][];
}

/** Sections that hold sources and links, not prose about the subject. */
const APPARATUS =
  /^(?:references?|notes?|notes and references|citations?|sources|bibliography|further reading|external links|footnotes|works cited|literature|general and cited references)$/i;
/** Infobox fields about the page's layout and pictures, not facts. */
const LAYOUT_KEY =
  /^(?:image|img|caption|alt|map|coordinates|coords|logo|signature|module|embed|width|size|upright|pushpin|footnotes|honorific|misc|label|relief|onlysourced|text_?size)/i;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** "May 14, 1743" (how wtf_wikipedia writes {{birth date}}) → "14 May 1743", so its comma splits nothing. */
const dayFirst = (value: string) =>
  value.replace(
    /\b([A-Z][a-z]+) (\d{1,2}), (\d{1,4})\b/g,
    (_m, month: string, day: string, year: string) => `${day} ${month} ${year}`,
  );

/** One infobox value as comma-separated items: <br> and list templates become line breaks in wtf's text. */
function infoboxItems(sentence: WtfSentence): string[] {
  const linkTexts = sentence
    .links()
    .map((link) => oneLine(link.text() ?? link.page() ?? ''))
    .filter((text) => text.length > 0);
  return sentence
    .text()
    .split(/\n+/)
    .map(oneLine)
    .filter((item) => item.length > 0)
    .flatMap((item) => {
      // {{plainlist}} may run its links together: "Kingdom of Halvia Republic of Ostmark".
      const parts = linkTexts.filter((text) => item.includes(text));
      const joined = parts.join(' ');
      return parts.length > 1 && joined === item ? parts : [item];
    })
    .map(dayFirst);
}

function keyName(key: string): string {
  const spaced = key.replace(/_/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** A person's birth and death: "Born: 14 May 1743, Kessling", as the article format has them. */
const LIFE_KEYS: Record<string, [string, 'date' | 'place']> = {
  birth_date: ['Born', 'date'],
  birth_place: ['Born', 'place'],
  death_date: ['Died', 'date'],
  death_place: ['Died', 'place'],
};

function infoboxLines(infobox: WtfInfobox | undefined): string[] {
  if (!infobox) return [];
  const entries: [string, string[]][] = [];
  const life = new Map<string, string[]>();
  for (const [key, sentence] of Object.entries(infobox.data)) {
    if (LAYOUT_KEY.test(key)) continue;
    const items = infoboxItems(sentence).filter((item) => !item.includes(':'));
    if (items.length === 0) continue;
    const lifeKey = LIFE_KEYS[key.toLowerCase()];
    if (lifeKey) {
      const [name, part] = lifeKey;
      const current = life.get(name) ?? [];
      life.set(name, part === 'date' ? [...items, ...current] : [...current, ...items]);
      if (!entries.some(([k]) => k === name)) entries.push([name, []]);
      continue;
    }
    entries.push([keyName(key), items]);
  }
  return entries.map(([key, items]) => `- ${key}: ${(life.get(key) ?? items).join(', ')}`);
}

/** The name an infobox gives its subject, for wikitext that does not bold it in the lead. */
function infoboxTitle(infobox: WtfInfobox | undefined): string {
  const field = infobox?.data.name ?? infobox?.data.conflict ?? infobox?.data.title;
  return field?.text() ?? '';
}

interface Block {
  heading?: { title: string; depth: number };
  paragraphs: string[];
  items: string[];
}

function sectionBlocks(doc: WtfDocument, links: WikiLink[]): Block[] {
  const blocks: Block[] = [];
  let skipBelow: number | null = null;
  for (const section of doc.sections()) {
    const title = oneLine(section.title());
    const depth = section.depth();
    if (skipBelow !== null && depth > skipBelow) continue;
    skipBelow = null;
    if (APPARATUS.test(title)) {
      skipBelow = depth;
      continue;
    }
    const isSeeAlso = /^see also$/i.test(title);
    const paragraphs: string[] = [];
    for (const paragraph of section.paragraphs()) {
      const sentences = paragraph.sentences();
      const text = oneLine(sentences.map((s) => s.text()).join(' '));
      if (text.length === 0 || isSeeAlso) continue;
      paragraphs.push(text);
      for (const sentence of sentences) links.push(...internalLinks(sentence));
    }
    const items = isSeeAlso
      ? section.lists().flatMap((list) => list.lines().map((line) => oneLine(line.text())))
      : [];
    blocks.push({
      ...(title ? { heading: { title, depth } } : {}),
      paragraphs,
      items: items.filter((item) => item.length > 0),
    });
  }
  return blocks;
}

function internalLinks(sentence: WtfSentence): WikiLink[] {
  return sentence
    .links()
    .filter((link) => link.type() === 'internal')
    .map((link) => ({ page: link.page() ?? '', text: link.text() ?? link.page() ?? '' }));
}

/** A heading stays if it, or a subsection under it, has something to read. */
function keptBlocks(blocks: Block[]): Block[] {
  return blocks.filter((block, index) => {
    if (block.paragraphs.length > 0 || block.items.length > 0) return true;
    const depth = block.heading?.depth ?? 0;
    for (const later of blocks.slice(index + 1)) {
      if ((later.heading?.depth ?? 0) <= depth) return false;
      if (later.paragraphs.length > 0) return true;
    }
    return false;
  });
}

/** A heading line that the article parser reads at the same level: depth 0 is "== x ==". */
function headingLine(title: string, depth: number): string {
  const marks = '='.repeat(Math.min(depth + 2, 6));
  return `${marks} ${title} ${marks}`;
}

function checkIsArticle(doc: WtfDocument, title: string | undefined): void {
  const name = title ? `"${title}"` : 'This page';
  if (doc.isRedirect()) {
    const target = doc.redirectTo()?.page;
    throw new ArticleFormatError(
      `${name} is a redirect${target ? ` to "${target}"` : ''}, not an article. Use ${target ? `"${target}"` : 'the page it points to'} instead.`,
    );
  }
  if (doc.isDisambiguation()) {
    throw new ArticleFormatError(
      `${name} is a disambiguation page: it lists several articles with similar names. Choose one of them and use that article instead.`,
    );
  }
}

export interface WikitextOptions {
  /** The page's title when it is known (from the MediaWiki API). */
  title?: string;
  /** A title to use when the wikitext names none (a file's name). */
  fallbackTitle?: string;
}

/**
 * Converts wikitext to the article format. Throws an ArticleFormatError for a redirect, a
 * disambiguation page or a page with no prose, saying what to use instead.
 */
export function wikitextToArticle(wikitext: string, options: WikitextOptions = {}): ConvertedArticle {
  if (wikitext.trim().length === 0) {
    throw new ArticleFormatError(
      `${options.title ? `"${options.title}"` : 'This page'} is empty. Choose an article that has text.`,
    );
  }
  const doc = wtf(wikitext) as unknown as WtfDocument;
  checkIsArticle(doc, options.title);
  const infobox = doc.infoboxes()[0];
  const title = oneLine(
    options.title ?? (doc.title() || infoboxTitle(infobox) || options.fallbackTitle || ''),
  );
  const links: WikiLink[] = [];
  const blocks = keptBlocks(sectionBlocks(doc, links));
  if (!blocks.some((block) => block.paragraphs.length > 0)) {
    throw new ArticleFormatError(
      `${title ? `"${title}"` : 'This page'} has no paragraphs of prose to make questions from (only lists, tables or templates). Choose an article with text.`,
    );
  }
  if (!title) {
    throw new ArticleFormatError(
      'This wikitext does not say the article\'s title. Add it as the first line, as "= Title =", or fetch the article From Wikipedia by its title.',
    );
  }
  if (infobox) for (const sentence of Object.values(infobox.data)) links.push(...internalLinks(sentence));

  const parts: string[] = [`= ${title} =`];
  const box = infoboxLines(infobox);
  if (box.length > 0) parts.push(['Infobox', ...box].join('\n'));
  for (const block of blocks) {
    if (block.heading) parts.push(headingLine(block.heading.title, block.heading.depth));
    parts.push(...block.paragraphs);
    if (block.items.length > 0) parts.push(block.items.map((item) => `- ${item}`).join('\n'));
  }
  return { title, text: `${parts.join('\n\n')}\n`, aliases: aliasGroups(links) };
}
