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
  const spans: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const sentence of nlp.tokenize(paragraph).sentences().out('array') as string[]) {
    const trimmed = sentence.trim();
    const at = paragraph.indexOf(trimmed, cursor);
    // compromise keeps the text as it is; should a sentence ever not be found, start over from it.
    const start = at === -1 ? cursor : at;
    const end = at === -1 ? paragraph.length : at + trimmed.length;
    if (at === -1 && cursor >= paragraph.length) break;
    const previous = spans[spans.length - 1];
    // "No. 20 Squadron", "Republic Act No. 409": a numbering abbreviation before a number ends no sentence.
    if (previous && NUMBERING.test(paragraph.slice(previous.start, previous.end)) && /^\d/.test(trimmed))
      previous.end = end;
    else spans.push({ start, end });
    cursor = end;
    if (at === -1) break;
  }
  return spans.flatMap(({ start, end }) => splitMissedEnds(paragraph.slice(start, end)).flatMap(cutLong));
}

/**
 * Sentence ends compromise reads through: "Washington, D.C. A replica of…" (an initialism
 * before "A", "The" or "In": a heading line run into its paragraph), and a quotation that
 * ends a sentence ("…the glory of being defeated alone." The attack…).
 */
const MISSED_END =
  /(?<=\b(?:\p{Lu}\.){2,})\s+(?=(?:A|An|The|This|These|In|On|At|During|After)\s)|(?<=[.!?]["”])\s+(?=["“]?\p{Lu})/gu;

function splitMissedEnds(sentence: string): string[] {
  return sentence
    .split(MISSED_END)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Abbreviations that number the thing after them: "No.", "Nos.", "Mk.", "Vol.", "p.", "pp.", "Fig.". */
const NUMBERING = /\b(?:No|Nos|Mk|Vol|Vols|p|pp|Fig|Art|Op)\.$/;

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
  /** The verb that carries the meaning: "launched" in "was launched". */
  main: string;
  /** "up" in "grew up": the particle of a phrasal verb, or empty. */
  particle: string;
  /** "was", "had", "could"; empty for a simple past or present. */
  auxiliary: string;
  tense: 'Past' | 'Present' | '';
  /** "serving": a participle, never a clause's finite verb. */
  gerund: boolean;
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

/** Verb phrases from the tags: a run of verbs (adverbs inside allowed), auxiliaries first. */
function verbPhrases(terms: Term[]): VerbPhrase[] {
  const phrases: VerbPhrase[] = [];
  for (let i = 0; i < terms.length; i++) {
    if (!terms[i]?.tags.has('Verb')) continue;
    let j = i;
    while (
      j + 1 < terms.length &&
      (terms[j + 1]?.tags.has('Verb') || (terms[j + 1]?.tags.has('Adverb') && terms[j + 2]?.tags.has('Verb')))
    )
      j++;
    const all = terms.slice(i, j + 1).filter((t) => t.tags.has('Verb'));
    const particle =
      all.length > 1 && all[all.length - 1]?.tags.has('Particle') ? all[all.length - 1] : undefined;
    const run = particle ? all.slice(0, -1) : all;
    const main = run[run.length - 1] as Term;
    const auxiliaries = run.slice(0, -1).filter((t) => t.tags.has('Auxiliary') || t.tags.has('Copula'));
    const first = run[0] as Term;
    const past = run.some((t) => t.tags.has('PastTense')) || /^(?:was|were|had|did)$/i.test(first.text);
    const present =
      run.some((t) => t.tags.has('PresentTense')) || /^(?:is|are|has|have|does|do)$/i.test(first.text);
    phrases.push({
      start: (terms[i] as Term).start,
      end: (terms[j] as Term).end,
      main: main.text,
      particle: particle?.text ?? '',
      auxiliary: auxiliaries.map((t) => t.text).join(' '),
      tense: past ? 'Past' : present ? 'Present' : '',
      gerund: first.tags.has('Gerund'),
    });
    i = j;
  }
  return phrases;
}

/**
 * A sentence tagger for one derive. The sentences to be read closely are tagged together, in
 * one pass (compromise is several times faster on one document than on many small ones);
 * each sentence's terms are then looked up by offset.
 */
export function createAnalyser(sentences: readonly string[]): (sentence: string) => Analysis {
  const byStart = new Map<number, string>();
  const starts: number[] = [];
  let joined = '';
  for (const sentence of new Set(sentences)) {
    if (joined) joined += ' ';
    starts.push(joined.length);
    byStart.set(joined.length, sentence);
    joined += sentence;
  }
  const termsOf = new Map<string, Term[]>();
  const json = nlp(joined).json({
    offset: true,
    text: false,
    normal: false,
    terms: { text: true, tags: true, offset: true },
  }) as {
    terms: JsonTerm[];
  }[];
  let s = 0;
  for (const term of json.flatMap((sentence) => sentence.terms)) {
    while (s + 1 < starts.length && (starts[s + 1] ?? 0) <= term.offset.start) s++;
    const start = starts[s] ?? 0;
    const sentence = byStart.get(start) ?? '';
    const list = termsOf.get(sentence) ?? [];
    list.push({
      text: term.text,
      start: term.offset.start - start,
      end: term.offset.start - start + term.offset.length,
      tags: new Set(term.tags),
    });
    termsOf.set(sentence, list);
  }
  const cache = new Map<string, Analysis>();
  return (sentence) => {
    let analysis = cache.get(sentence);
    if (!analysis) {
      const terms = termsOf.get(sentence) ?? [];
      analysis = { terms, verbs: verbPhrases(terms) };
      cache.set(sentence, analysis);
    }
    return analysis;
  };
}

const infinitives = new Map<string, string>();

/** "entered" → "enter", "brought" → "bring" (remembered: a pure function of the word). */
export function toInfinitive(verb: string): string {
  let infinitive = infinitives.get(verb);
  if (infinitive === undefined) {
    // A word alone may be read as an adjective ("organized"): then read it after a subject.
    infinitive = nlp(verb).verbs().toInfinitive().text() || nlp(`they ${verb}`).verbs().toInfinitive().text();
    if (infinitives.size < 5000) infinitives.set(verb, infinitive);
  }
  return infinitive;
}

const nationalities = new Map<string, boolean>();

/**
 * "German", "Spanish", "Chinese": a nationality or language, not a place or a person.
 * compromise also calls "Philippines" a demonym, so a plural is never one here.
 */
export function isNationality(word: string): boolean {
  if (!/^\p{Lu}[\p{L}-]+$/u.test(word) || /s$/.test(word)) return false;
  let known = nationalities.get(word);
  if (known === undefined) {
    const doc = nlp(word);
    known = doc.has('#Demonym') || (doc.has('#Adjective') && /(?:ish|ese|an|ic|ch)$/.test(word));
    if (nationalities.size < 5000) nationalities.set(word, known);
  }
  return known;
}

const shapes = new Map<string, NameShape>();

/** What the NLP library makes of a name on its own: a known place, or a plural common noun ("Arts"). */
export interface NameShape {
  place: boolean;
  /** "Concord" alone, not "Sa'd ibn Abi Waqqas" for one word of it. */
  wholePlace: boolean;
  pluralCommon: boolean;
  /** "Exchange", "Transport": a lone word the library reads as a verb, no name on its own. */
  verb: boolean;
  /** "However Abu Ubaidah": a name that starts with an adverb or a conjunction is a sentence's start. */
  leadingFunctionWord: boolean;
}

/** A name tagged on its own (remembered: a pure function of the name). */
export function nameShape(name: string): NameShape {
  let shape = shapes.get(name);
  if (!shape) {
    const terms = (nlp(name).json()[0]?.terms ?? []) as { tags: string[] }[];
    const tagged = (tag: string) => terms.some((t) => t.tags.includes(tag));
    const first = terms[0]?.tags ?? [];
    shape = {
      place: tagged('Place'),
      wholePlace: terms.length > 0 && terms.every((t) => t.tags.includes('Place')),
      pluralCommon: terms.length === 1 && tagged('Plural') && !tagged('ProperNoun'),
      verb: terms.length === 1 && tagged('Verb'),
      leadingFunctionWord:
        terms.length > 1 &&
        ['Adverb', 'Conjunction', 'Preposition', 'Determiner'].some((t) => first.includes(t)),
    };
    if (shapes.size < 5000) shapes.set(name, shape);
  }
  return shape;
}
