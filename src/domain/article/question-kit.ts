import { contentHash } from '../shared/content-hash';
import type { Question, Topic } from '../shared/deck';

/** Helpers every question generator shares: stable ids, seeded order, short excerpts. */

const TYPE_CODES: Record<Question['type'], string> = {
  flashcard: 'fc',
  'multiple-choice': 'mc',
  'true-false': 'tf',
  typed: 'ty',
  cloze: 'cz',
  ordering: 'or',
  matching: 'ma',
};

/**
 * A fact's id comes from its content (the quoted sentence and what is asked), never from its
 * position: re-deriving gives the same ids, and editing one paragraph changes only the ids
 * of the questions quoting that paragraph.
 */
export function factId(topic: Topic, ...content: string[]): string {
  return `${topic}-${contentHash(content.join('\u0001'))}`;
}

export function questionId(fact: string, type: Question['type']): string {
  return `${fact}-${TYPE_CODES[type]}`;
}

/** A deterministic pseudo-random generator seeded from a text (mulberry32 over its hash). */
export function seededRandom(seed: string): () => number {
  let state = Number.parseInt(contentHash(seed).slice(0, 8), 16) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The items in an order that depends only on `seed`. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Options for a multiple-choice question: the answer once, plus up to three distractors, in a seeded order. */
export function choiceOptions(answer: string, distractors: string[], seed: string): string[] | undefined {
  const picked = [...new Set(distractors.filter((d) => d !== answer))].slice(0, 3);
  if (picked.length < 2) return undefined;
  return seededShuffle([answer, ...picked], seed);
}

/** Whitespace collapsed: prompts and answers read on one line; quotes stay verbatim. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const EXCERPT_WINDOW = 300;

/**
 * The part of a sentence around `index` a learner needs: whole clauses, about `words` words,
 * with "…" where it was cut. Long sentences make poor prompts.
 */
export function excerpt(sentence: string, index: number, length: number, words = 28): string {
  // A run-on sentence is looked at only near the index: the work stays the same for any length.
  // Cut at a space near each edge, or at the edge itself in a run with no space near it.
  const lo = Math.max(0, index - EXCERPT_WINDOW);
  const hi = Math.min(sentence.length, index + length + EXCERPT_WINDOW);
  const spaceBefore = sentence.lastIndexOf(' ', lo);
  const spaceAfter = sentence.indexOf(' ', hi);
  const cutFrom = lo === 0 ? 0 : spaceBefore >= lo - EXCERPT_WINDOW / 2 ? spaceBefore : lo;
  const cutTo =
    hi === sentence.length
      ? -1
      : spaceAfter !== -1 && spaceAfter <= hi + EXCERPT_WINDOW / 2
        ? spaceAfter
        : hi;
  const window = sentence.slice(cutFrom, cutTo === -1 ? sentence.length : cutTo);
  // Only a window shorter than the sentence is worth a second look, so this recursion ends.
  if (sentence.length > EXCERPT_WINDOW * 2 && window.length < sentence.length) {
    const inner = excerpt(
      window.trim(),
      index - cutFrom - (window.length - window.trimStart().length),
      length,
      words,
    );
    return `${cutFrom > 0 && !inner.startsWith('…') ? '…' : ''}${inner}${cutTo !== -1 && !inner.endsWith('…') ? '…' : ''}`;
  }
  const clauses: { start: number; end: number }[] = [];
  const cut = /[,;:]\s+|\s+(?=while\b|whereas\b|though\b|Though\b|However\b)/g;
  let start = 0;
  for (let m = cut.exec(sentence); m; m = cut.exec(sentence)) {
    clauses.push({ start, end: m.index + 1 });
    start = m.index + m[0].length;
  }
  clauses.push({ start, end: sentence.length });
  let first = clauses.findIndex((c) => index >= c.start && index < c.end);
  if (first === -1) first = 0;
  let last = first;
  while (last < clauses.length - 1 && (clauses[last]?.end ?? 0) < index + length) last++;
  const count = (a: number, b: number) =>
    sentence.slice(clauses[a]?.start, clauses[b]?.end).split(/\s+/).length;
  while (count(first, last) < words) {
    const grewBack = first > 0 && count(first - 1, last) <= words + 6;
    if (grewBack) first--;
    const grewForward = last < clauses.length - 1 && count(first, last + 1) <= words + 6;
    if (grewForward) last++;
    if (!grewBack && !grewForward) break;
  }
  const from = clauses[first]?.start ?? 0;
  const to = clauses[last]?.end ?? sentence.length;
  const body = oneLine(sentence.slice(from, to)).replace(/[,;:]$/, '');
  return `${from > 0 ? '…' : ''}${body}${to < sentence.length ? '…' : ''}`;
}

/** At most `max` characters, cut at a word with "…": an explanation is read, not studied. */
export function clip(text: string, max = 300): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

export function capitalise(text: string): string {
  return text ? `${text[0]?.toUpperCase()}${text.slice(1)}` : text;
}
