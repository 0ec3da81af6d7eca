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
 * At most this share of the deck is blanked sentences ("Which year fills the blank? …"): a
 * real question is better, and one sentence gives one blank at most.
 */
const MAX_BLANKED_SHARE = 0.25;

/** A deck smaller than this is filled up with the blanks held back by the share. */
const MIN_DECK = 30;

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
 * is asked once, and not again in other words; an answer at most twice; a sentence at most twice. Ties break on the id, so
 * the order depends on the content only.
 */
export function selectQuestions(candidates: Ranked[], limit: number): Question[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      Number(Boolean(b.headline)) - Number(Boolean(a.headline)) ||
      b.score - a.score ||
      (a.question.id < b.question.id ? -1 : a.question.id > b.question.id ? 1 : 0),
  );
  const facts = new Set<string>();
  const ids = new Set<string>();
  const answers = new Map<string, number>();
  const sentences = new Map<string, number>();
  const blankedSentences = new Set<string>();
  const promptsByAnswer = new Map<string, Set<string>[]>();
  const out: Question[] = [];
  /** Blanks over the share, kept in reserve for a deck that would otherwise fall short of a teacher's size. */
  const reserve: Ranked[] = [];
  const maxBlanked = Math.ceil(limit * MAX_BLANKED_SHARE);
  let blanked = 0;
  const take = (candidate: Ranked, capBlanks: boolean) => {
    const { question } = candidate;
    if (facts.has(question.factId) || ids.has(question.id)) return;
    const answer = answerKeyOf(candidate);
    const quote = question.source.quote;
    if (!candidate.headline) {
      if ((answers.get(answer) ?? 0) >= PER_ANSWER || (sentences.get(quote) ?? 0) >= PER_SENTENCE) return;
      const words = contentWords(question.prompt);
      if ((promptsByAnswer.get(answer) ?? []).some((asked) => asksTheSame(asked, words))) return;
      if (isBlanked(question) && !candidate.lead && blankedSentences.has(quote)) return;
      if (isBlanked(question) && capBlanks && !candidate.lead && blanked >= maxBlanked) {
        reserve.push(candidate);
        return;
      }
    }
    if (isBlanked(question)) {
      blanked += 1;
      blankedSentences.add(quote);
    }
    facts.add(question.factId);
    ids.add(question.id);
    answers.set(answer, (answers.get(answer) ?? 0) + 1);
    promptsByAnswer.set(answer, [...(promptsByAnswer.get(answer) ?? []), contentWords(question.prompt)]);
    // Headline facts do not use up a sentence's share: the lead's first sentence often holds several.
    if (!candidate.headline) sentences.set(quote, (sentences.get(quote) ?? 0) + 1);
    out.push(question);
  };
  for (const candidate of sorted) {
    if (out.length >= limit) break;
    take(candidate, true);
  }
  const wanted = Math.min(limit, MIN_DECK);
  for (const candidate of reserve) {
    if (out.length >= wanted) break;
    take(candidate, false);
  }
  return out;
}
