import { type Deck, parseDeck, type Question } from '../shared/deck';
import { DeckFormatError } from '../shared/errors';

/** What a person decided about one derived question in the preview. */
export interface DraftChoice {
  kept: boolean;
  prompt?: string;
  /** Only for questions with a one-line answer; lists (ordering, matching) are kept as derived. */
  answer?: string;
}

/**
 * The deck to save from a derived deck and the preview's choices: dropped questions left
 * out, edits applied (a new answer also replaces the old one among the options), validated.
 */
export function finishDraft(deck: Deck, choices: Record<string, DraftChoice>, id: string): Deck {
  const questions: Question[] = [];
  for (const question of deck.questions) {
    const choice = choices[question.id];
    if (choice && !choice.kept) continue;
    const prompt = choice?.prompt?.trim() || question.prompt;
    const newAnswer = choice?.answer?.trim();
    if (newAnswer && typeof question.answer === 'string' && newAnswer !== question.answer) {
      const old = question.answer;
      const options = question.options?.map((o) => (o === old ? newAnswer : o));
      questions.push({ ...question, prompt, answer: newAnswer, ...(options ? { options } : {}) });
    } else {
      questions.push({ ...question, prompt });
    }
  }
  if (questions.length === 0) {
    throw new DeckFormatError('Every question is dropped. Keep at least one question to save a deck.');
  }
  return parseDeck({ ...deck, id, questions });
}

/** `base` if it is free, else base-2, base-3… (never another deck's id). */
export function freeDeckId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 76)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
