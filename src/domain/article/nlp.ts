import nlp from 'compromise';

/**
 * The one door to the NLP library (compromise): sentence splitting that knows abbreviations
 * and initials, part-of-speech tags, entity types and verb forms. Only the deriving code path
 * imports this file, so the library lands in the lazily loaded chunk that derives decks.
 */

/** A sentence longer than this is cut at clause boundaries: no prompt needs more, and work stays linear. */
export const MAX_SENTENCE_CHARS = 1200;

/**
 * Splits a paragraph into sentences, each a verbatim trimmed substring of it (so it can be
 * quoted). compromise knows "Maj.", "Lt. Col.", "John G. Smith", "c. 640"; a run-on sentence is
 * cut into pieces of at most MAX_SENTENCE_CHARS at a clause boundary (or a space).
 */
export function splitSentencesNlp(paragraph: string): string[] {
  const out: string[] = [];
  let cursor = 0;
  for (const sentence of nlp.tokenize(paragraph).sentences().out('array') as string[]) {
    const trimmed = sentence.trim();
    const at = paragraph.indexOf(trimmed, cursor);
    // compromise keeps the text as it is; should a sentence ever not be found, start over from it.
    const start = at === -1 ? cursor : at;
    const end = at === -1 ? paragraph.length : at + trimmed.length;
    if (at === -1 && cursor >= paragraph.length) break;
    for (const piece of cutLong(paragraph.slice(start, end))) out.push(piece);
    cursor = end;
    if (at === -1) break;
  }
  return out;
}

function cutLong(sentence: string): string[] {
  const pieces: string[] = [];
  let rest = sentence.trim();
  while (rest.length > MAX_SENTENCE_CHARS) {
    const window = rest.slice(0, MAX_SENTENCE_CHARS);
    const clause = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
    const space = window.lastIndexOf(' ');
    const cut = clause > MAX_SENTENCE_CHARS / 2 ? clause + 1 : space > 0 ? space : MAX_SENTENCE_CHARS;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

export interface Term {
  text: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

export interface VerbPhrase {
  start: number;
  end: number;
  /** "launch" for "was launched". */
  infinitive: string;
  /** "was", "had", "could"; empty for a simple past or present. */
  auxiliary: string;
  tense: string;
}

export interface Analysis {
  terms: Term[];
  verbs: VerbPhrase[];
}

interface JsonTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface JsonVerb {
  offset: { start: number; length: number };
  verb?: { infinitive?: string; auxiliary?: string; grammar?: { tense?: string } };
}

const cache = new Map<string, Analysis>();

/** Tags one sentence (cached: a sentence is often asked about more than once). */
export function analyse(sentence: string): Analysis {
  const cached = cache.get(sentence);
  if (cached) return cached;
  if (cache.size > 2000) cache.clear();
  const doc = nlp(sentence);
  const terms = (doc.json({ offset: true }) as { terms: JsonTerm[] }[]).flatMap((s) =>
    s.terms.map((t) => ({
      text: t.text,
      start: t.offset.start,
      end: t.offset.start + t.offset.length,
      tags: new Set(t.tags),
    })),
  );
  const verbs = (doc.verbs().json({ offset: true }) as JsonVerb[]).map((v) => ({
    start: v.offset.start,
    end: v.offset.start + v.offset.length,
    infinitive: v.verb?.infinitive ?? '',
    auxiliary: v.verb?.auxiliary ?? '',
    tense: v.verb?.grammar?.tense ?? '',
  }));
  const analysis = { terms, verbs };
  cache.set(sentence, analysis);
  return analysis;
}

/** "German", "French", "Byzantines": a people or nationality, not a place or a person. */
const nationalities = new Map<string, boolean>();
export function isNationality(word: string): boolean {
  if (!/^\p{Lu}[\p{L}-]+$/u.test(word)) return false;
  let known = nationalities.get(word);
  if (known === undefined) {
    known = nlp(word).has('#Demonym');
    if (nationalities.size < 5000) nationalities.set(word, known);
  }
  return known;
}
