import { MusterError } from '../shared/errors';
import { z } from '../shared/validation';
import { MAX_INPUT_CHARS } from './article-input';

/**
 * Reading an article from Wikipedia through the public MediaWiki API: what the person typed
 * (a title or a page's address on any language's Wikipedia) into a request, and the API's
 * JSON answer into the page's wikitext and where it came from. No network here: the feature
 * fetches, this module decides.
 */

/** Something about Wikipedia or the connection to it: nothing was made or saved. */
export class WikipediaError extends MusterError {
  override name = 'WikipediaError';
}

/** The licence of the text of current Wikipedia articles. */
export const WIKIPEDIA_LICENCE = 'CC BY-SA 4.0';

export interface WikipediaPageRef {
  /** "en.wikipedia.org", "fr.wikipedia.org" (a mobile address is read as the main one). */
  host: string;
  title: string;
}

export interface WikipediaArticle {
  title: string;
  wikitext: string;
  source: { url: string; revision: number; licence: string };
}

const HOST = /^([a-z]{2,3}(?:-[a-z0-9]+)*|simple)(?:\.m)?\.wikipedia\.org$/;
/** Characters MediaWiki never allows in a title. */
const BAD_TITLE_CHAR = /[[\]{}|#<>]|\p{Cc}/u;
const MAX_TITLE_CHARS = 255;

function titleFrom(raw: string, what: string): string {
  const title = raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  if (title.length === 0) {
    throw new WikipediaError(
      `${what} names no article. Type an article's title, such as "Battle of Hastings".`,
    );
  }
  if (title.length > MAX_TITLE_CHARS || BAD_TITLE_CHAR.test(title)) {
    throw new WikipediaError(
      `"${title.slice(0, 80)}" cannot be a Wikipedia title (titles are at most 255 characters, without [ ] { } | # < >). Check what you typed.`,
    );
  }
  return title;
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new WikipediaError('This address is damaged (a bad %-escape). Copy it again from the address bar.');
  }
}

/**
 * "Battle of Hastings" (English Wikipedia), or an address such as
 * https://fr.m.wikipedia.org/wiki/Bataille_d%27Hastings or …/w/index.php?title=…
 */
export function readPageRef(input: string): WikipediaPageRef {
  const typed = input.trim();
  const looksLikeAddress = /^(?:https?:\/\/|[a-z-]+(?:\.m)?\.wikipedia\.org\/)/i.test(typed);
  if (!looksLikeAddress) return { host: 'en.wikipedia.org', title: titleFrom(typed, 'This') };
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(typed) ? typed : `https://${typed}`);
  } catch {
    throw new WikipediaError(
      `"${typed.slice(0, 80)}" is not a web address. Paste the article's address, or type its title.`,
    );
  }
  const host = HOST.exec(url.hostname.toLowerCase());
  if (!host) {
    throw new WikipediaError(
      `${url.hostname} is not Wikipedia. Give a Wikipedia article's address (such as https://en.wikipedia.org/wiki/Battle_of_Hastings) or its title, or paste the text below.`,
    );
  }
  const fromPath = /^\/wiki\/(.+)$/.exec(url.pathname)?.[1];
  const fromQuery = url.pathname === '/w/index.php' ? url.searchParams.get('title') : null;
  const raw = fromPath !== undefined ? decode(fromPath) : fromQuery;
  if (raw === null || raw === undefined) {
    throw new WikipediaError(
      'This Wikipedia address does not name an article. Open the article and copy its address, or type its title.',
    );
  }
  return { host: `${host[1]}.wikipedia.org`, title: titleFrom(raw, 'This address') };
}

/** The MediaWiki API request for a page's current wikitext and revision id (redirects followed once). */
export function apiUrl(ref: WikipediaPageRef): string {
  const params = new URLSearchParams({
    action: 'query',
    prop: 'revisions',
    rvprop: 'content|ids',
    rvslots: 'main',
    titles: ref.title,
    redirects: '1',
    format: 'json',
    formatversion: '2',
    // Anonymous cross-origin read: the API answers with Access-Control-Allow-Origin: *.
    origin: '*',
  });
  return `https://${ref.host}/w/api.php?${params}`;
}

/** Wikitext limit plus room for JSON escaping: anything larger is refused unread. */
export const MAX_RESPONSE_CHARS = 2 * MAX_INPUT_CHARS;

const pageSchema = z.object({
  title: z.string().check(z.maxLength(MAX_TITLE_CHARS * 4)),
  ns: z.optional(z.number()),
  missing: z.optional(z.boolean()),
  invalid: z.optional(z.boolean()),
  invalidreason: z.optional(z.string().check(z.maxLength(1000))),
  revisions: z.optional(
    z.array(
      z.object({
        revid: z.int().check(z.positive()),
        slots: z.object({
          main: z.object({
            contentmodel: z.optional(z.string().check(z.maxLength(100))),
            content: z.optional(z.string().check(z.maxLength(MAX_INPUT_CHARS))),
          }),
        }),
      }),
    ),
  ),
});

const responseSchema = z.object({
  error: z.optional(z.object({ code: z.string(), info: z.optional(z.string().check(z.maxLength(2000))) })),
  query: z.optional(z.object({ pages: z.array(pageSchema).check(z.maxLength(5)) })),
});

/** The article's address on its Wikipedia, in the form Wikipedia itself links to. */
export function articleUrl(host: string, title: string): string {
  return `https://${host}/wiki/${encodeURIComponent(title.replace(/ /g, '_')).replace(/%2F/g, '/').replace(/%3A/g, ':')}`;
}

/**
 * Reads the API's answer. Throws a WikipediaError that says what to do for a missing,
 * invalid, non-article or empty page, an API error, or an answer that is not what the API sends.
 */
export function readApiResponse(body: string, ref: WikipediaPageRef): WikipediaArticle {
  if (body.length > MAX_RESPONSE_CHARS) {
    throw new WikipediaError(
      `"${ref.title}" is too long for Muster (over ${MAX_INPUT_CHARS.toLocaleString('en')} characters of wikitext). Paste the sections you want instead.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw unexpected(ref);
  }
  const parsed = responseSchema.safeParse(data);
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((issue) => issue.code === 'too_big');
    if (tooLong) {
      throw new WikipediaError(
        `"${ref.title}" is too long for Muster (over ${MAX_INPUT_CHARS.toLocaleString('en')} characters of wikitext). Paste the sections you want instead.`,
      );
    }
    throw unexpected(ref);
  }
  if (parsed.data.error) {
    throw new WikipediaError(
      `Wikipedia refused the request (${parsed.data.error.code}). Try again later, or paste the article's text below.`,
    );
  }
  const page = parsed.data.query?.pages[0];
  if (!page) throw unexpected(ref);
  if (page.invalid) {
    throw new WikipediaError(`"${ref.title}" cannot be a Wikipedia title. Check what you typed.`);
  }
  if (page.missing) {
    throw new WikipediaError(
      `${ref.host} has no article called "${page.title}". Check the spelling (or the language of the address), or paste the article's text below.`,
    );
  }
  if (page.ns !== undefined && page.ns !== 0) {
    throw new WikipediaError(
      `"${page.title}" is not an article (it is a talk, user, category or other special page). Give the title of an article.`,
    );
  }
  const revision = page.revisions?.[0];
  const main = revision?.slots.main;
  if (!revision || main?.content === undefined) throw unexpected(ref);
  if (main.contentmodel !== undefined && main.contentmodel !== 'wikitext') {
    throw new WikipediaError(
      `"${page.title}" is not an article written in wikitext. Give the title of an article.`,
    );
  }
  return {
    title: page.title,
    wikitext: main.content,
    source: { url: articleUrl(ref.host, page.title), revision: revision.revid, licence: WIKIPEDIA_LICENCE },
  };
}

function unexpected(ref: WikipediaPageRef): WikipediaError {
  return new WikipediaError(
    `${ref.host} sent an answer Muster does not understand. Try again later, or paste the article's text below.`,
  );
}
