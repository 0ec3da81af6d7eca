import { type ReadDate, readDate, sameDate } from './date-match';
import { MULTIPLIERS, NUMBER_WORDS } from './number-words';

/**
 * Fair checking of a typed answer (typed and cloze questions, in study and in quizzes).
 *
 * Both sides are reduced to a comparison key first (see normalizeAnswer): case,
 * diacritics (Hīt = Hit), apostrophes (Qa'qa' = Qaqa), hyphens, the articles al-/el-/the,
 * digit grouping (4,000 = 4000) and number words (five = 5) do not count. Then:
 *
 * - `exact`: the typed key equals the answer's key;
 * - `alias`: it equals the key of one of the accepted answers (Abu Ubaydah, Homs, …);
 * - `near-miss`: it is within a few typing slips of the answer or an alias, scaled to
 *   the answer's length (see typoAllowance). It counts as right, and the UI says so;
 * - dates are judged as dates (see date-match.ts): when both the typed text and a
 *   candidate read as dates, they match if they state the same date ("AD 638" = "638",
 *   "Dec 640" = "December 640") and are never a near miss of each other ("638 BCE" is not
 *   "638 CE");
 * - `wrong`: anything else. Numbers are never typos: if the numbers in the typed text are
 *   not exactly the numbers of the candidate (637 vs 638, 400 vs 4000), it is wrong.
 */
export type MatchVerdict = 'exact' | 'alias' | 'near-miss' | 'wrong';

export interface AnswerMatch {
  verdict: MatchVerdict;
  /** True for exact, alias and near-miss: the answer counts as right. */
  correct: boolean;
  /** What the learner typed, as typed. */
  typed: string;
  /** The answer or alias it was judged against (the main answer when wrong). */
  matched: string;
  /** The question's main answer, to show beside what was typed. */
  answer: string;
  /** The comparison keys, for showing what was compared. */
  typedKey: string;
  matchedKey: string;
  /** Typing slips (insertions, deletions, substitutions, swaps) between the two keys. */
  edits: number;
}

const ARTICLES = new Set(['al', 'el', 'the', 'a', 'an']);

const isNumberWord = (word: string | undefined) =>
  word !== undefined && (word in NUMBER_WORDS || word in MULTIPLIERS);

/** Replaces runs of number words ("four thousand", "twenty one") by their digits. */
function numberWordsToDigits(words: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i] as string;
    if (!isNumberWord(word) || word in MULTIPLIERS) {
      out.push(word);
      i++;
      continue;
    }
    let total = 0;
    let current = 0;
    while (i < words.length) {
      const next = words[i] as string;
      if (next in NUMBER_WORDS) current += NUMBER_WORDS[next] as number;
      else if (next in MULTIPLIERS) {
        const factor = MULTIPLIERS[next] as number;
        if (factor === 100) current = (current || 1) * 100;
        else {
          total += (current || 1) * factor;
          current = 0;
        }
      } else if (next === 'and' && isNumberWord(words[i + 1]) && i > 0) {
        // "one hundred and five": the "and" belongs to the number.
      } else break;
      i++;
    }
    out.push(String(total + current));
  }
  return out;
}

/** The comparison key of an answer: see the module comment for what is folded away. */
export function normalizeAnswer(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Apostrophes and ayn/hamza marks vanish: Qa'qa' = Qaqa, Zur’a = Zura.
    .replace(/['’‘`´ʿʾʻ]/g, '')
    // Digit grouping: 4,000 = 4 000 = 4000.
    .replace(/\b(\d{1,3})(?:[, \u00a0\u202f](\d{3}))+\b/g, (group) => group.replace(/[, \u00a0\u202f]/g, ''))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const words = folded.split(' ').filter((word) => word !== '' && !ARTICLES.has(word));
  return numberWordsToDigits(words).join(' ');
}

/** How many typing slips an answer of this key may carry and still count: none for 3 letters or fewer. */
export function typoAllowance(key: string): number {
  const length = key.replace(/ /g, '').length;
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  if (length <= 14) return 2;
  return 3;
}

/** Damerau–Levenshtein distance (optimal string alignment): swapped neighbours count as one slip. */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  const at = (i: number, j: number) => d[i * cols + j] as number;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return at(rows - 1, cols - 1);
}

const numbersIn = (key: string) => (key.match(/\d+/g) ?? []).join(' ');

/**
 * Judges `typed` against the question's `answer` and its `accepted` alternatives.
 * Pure and cheap: call it on every Check.
 */
export function matchAnswer(typed: string, answer: string, accepted: readonly string[] = []): AnswerMatch {
  const typedKey = normalizeAnswer(typed);
  const answerKey = normalizeAnswer(answer);
  const result = (verdict: MatchVerdict, matched: string, matchedKey: string, edits: number) => ({
    verdict,
    correct: verdict !== 'wrong',
    typed,
    matched,
    answer,
    typedKey,
    matchedKey,
    edits,
  });
  if (typedKey === '') return result('wrong', answer, answerKey, answerKey.length);
  if (typedKey === answerKey) return result('exact', answer, answerKey, 0);

  const candidates = [answer, ...accepted].map((text) => ({
    text,
    key: normalizeAnswer(text),
    date: readDate(text),
  }));
  const alias = candidates.find((candidate) => candidate.key === typedKey);
  if (alias) return result('alias', alias.text, alias.key, 0);

  const typedDate = readDate(typed);
  const sameAsTyped = (date: ReadDate | null) =>
    typedDate !== null && date !== null && sameDate(typedDate, date);
  const dated = candidates.find((candidate) => sameAsTyped(candidate.date));
  if (dated) return result(dated.text === answer ? 'exact' : 'alias', dated.text, dated.key, 0);

  let best: { text: string; key: string; edits: number } | undefined;
  for (const candidate of candidates) {
    if (candidate.key === '' || numbersIn(candidate.key) !== numbersIn(typedKey)) continue;
    // A date is right or wrong, never misspelt: "638 BCE" is not a near miss of "638 CE".
    if (typedDate && candidate.date) continue;
    const edits = editDistance(typedKey, candidate.key);
    if (edits <= typoAllowance(candidate.key) && (!best || edits < best.edits)) {
      best = { ...candidate, edits };
    }
  }
  if (best) return result('near-miss', best.text, best.key, best.edits);
  return result('wrong', answer, answerKey, editDistance(typedKey, answerKey));
}
