import type { Question } from '../shared/deck';
import { nameKey } from './names';
import { BLANK } from './patterns';

/** A question with its salience score; headline questions are always kept. */
export interface Ranked {
  question: Question;
  score: number;
  headline?: boolean;
  /** From the lead, which states the headline facts: its blanks are held back neither by the share nor one to a sentence. */
  lead?: boolean;
  /** The answer's key, so one answer is not asked over and over. */
  answerKey?: string;
}

/** How many questions may share one answer, and one source sentence. */
const PER_ANSWER = 2;
const PER_SENTENCE = 2;
/** The share of the shorter prompt's words that, with the same answer, make two prompts one fact. */
const SAME_FACT_OVERLAP = 0.6;
/**
 * At most this share of the deck is blanked sentences ("Which year fills the blank? …"): a real
 * question is what a teacher writes, so a deck is sized by its real questions, and blanks are
 * added only up to half as many again (a third of the deck). A short article gives a smaller deck rather than one
 * padded to 30 with blanks (but see SMALLEST_DECK); asking for more questions fills up with them.
 */
const BLANKS_PER_REAL_QUESTION = 0.5;

/**
 * The lead states the headline facts (what it is, where, its highest point): this many of its
 * blanks may go past the share, each adding to the deck rather than taking a real question's place.
 */
const LEAD_BLANKS_PAST_SHARE = 4;

/**
 * Blanks fill a deck up to this size when its article allows few real questions: a short
 * article (a ruined chapel, a small island) still gives a deck worth a lesson.
 */
const SMALLEST_DECK = 15;

export interface SelectOptions {
  /** The teacher asked for more questions: fill up to the limit with blanks past the share. */
  fill?: boolean;
}

const isBlanked = (question: Question) => question.prompt.includes(BLANK);

const answerKeyOf = (r: Ranked) =>
  r.answerKey ?? nameKey(Array.isArray(r.question.answer) ? r.question.answer.join(' ') : r.question.answer);

/** The words of a prompt that carry its meaning: "By whom was Gore appointed to the US Senate?" → gore, appointed, us, senate. */
const FILLER = new Set(
  'a an the of to in on at by for from with and or was were is are did do does which what who whom when where how many year place name fills blank'.split(
    ' ',
  ),
);
function contentWords(prompt: string): Set<string> {
  return new Set(
    prompt
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !FILLER.has(w)),
  );
}

/**
 * Two questions with one answer whose prompts share most of their words ask one fact twice
 * ("By whom was Gore appointed to the US Senate?" and "…to the US Senate in 1813?").
 */
function asksTheSame(a: Set<string>, b: Set<string>): boolean {
  const smaller = Math.min(a.size, b.size);
  if (smaller === 0) return false;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / smaller >= SAME_FACT_OVERLAP;
}

/**
 * The best `limit` questions, best first: headline questions, then by score. A fact (factId)
 * is asked once, and not again in other words; an answer at most twice; a sentence at most
 * twice. The deck is sized by the real questions it can ask, and blanks, taken in
 * their rank (the lead's rank high, so its headline facts come first), stay within the share. Ties break on the id, so the order depends on the content only.
 */
export function selectQuestions(
  candidates: Ranked[],
  limit: number,
  options: SelectOptions = {},
): Question[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      Number(Boolean(b.headline)) - Number(Boolean(a.headline)) ||
      b.score - a.score ||
      (a.question.id < b.question.id ? -1 : a.question.id > b.question.id ? 1 : 0),
  );
  // The deck's size: the real questions it can ask and half as many blanks again, within the limit.
  const real = pick(
    sorted.filter((c) => !isBlankedSentence(c)),
    limit,
    0,
  ).length;
  const size = Math.min(
    limit,
    real + Math.max(Math.floor(real * BLANKS_PER_REAL_QUESTION), SMALLEST_DECK - real),
  );
  const deck = pick(sorted, size, Math.max(size - real, Math.floor(size / 3)), LEAD_BLANKS_PAST_SHARE, limit);
  if (!options.fill) return deck;
  // "More questions" keeps every question of the default deck and tops it up with the ones held back.
  const chosen = new Set(deck.map((q) => q.id));
  const inDeckFirst = [
    ...sorted.filter((c) => chosen.has(c.question.id)),
    ...sorted.filter((c) => !chosen.has(c.question.id)),
  ];
  return pick(inDeckFirst, limit, limit);
}

const isBlankedSentence = (candidate: Ranked) => isBlanked(candidate.question) && !candidate.headline;

/**
 * The first `size` questions of `sorted` that ask something new, at most `maxBlanks` of them
 * blanked, and up to `leadExtra` more of the lead's blanks on top, never more than `most` in all.
 */
function pick(
  sorted: Ranked[],
  size: number,
  maxBlanks: number,
  leadExtra = 0,
  most = size + leadExtra,
): Question[] {
  const facts = new Set<string>();
  const ids = new Set<string>();
  const answers = new Map<string, number>();
  const sentences = new Map<string, number>();
  const blankedSentences = new Set<string>();
  const promptsByAnswer = new Map<string, Set<string>[]>();
  const out: Question[] = [];
  let blanks = 0;
  let extra = 0;
  for (const candidate of sorted) {
    if (out.length >= Math.min(size + extra, most)) break;
    const { question } = candidate;
    if (facts.has(question.factId) || ids.has(question.id)) continue;
    const answer = answerKeyOf(candidate);
    const quote = question.source.quote;
    const blank = isBlankedSentence(candidate);
    if (!candidate.headline) {
      if ((answers.get(answer) ?? 0) >= PER_ANSWER || (sentences.get(quote) ?? 0) >= PER_SENTENCE) continue;
      const words = contentWords(question.prompt);
      if ((promptsByAnswer.get(answer) ?? []).some((asked) => asksTheSame(asked, words))) continue;
      if (blank && !candidate.lead && blankedSentences.has(quote)) continue;
      if (blank && blanks >= maxBlanks && !(candidate.lead && extra < leadExtra)) continue;
    }
    if (blank) {
      if (blanks >= maxBlanks) extra += 1;
      blanks += 1;
      blankedSentences.add(quote);
    }
    facts.add(question.factId);
    ids.add(question.id);
    answers.set(answer, (answers.get(answer) ?? 0) + 1);
    promptsByAnswer.set(answer, [...(promptsByAnswer.get(answer) ?? []), contentWords(question.prompt)]);
    // Headline facts do not use up a sentence's share: the lead's first sentence often holds several.
    if (!candidate.headline) sentences.set(quote, (sentences.get(quote) ?? 0) + 1);
    out.push(question);
  }
  return out;
}
