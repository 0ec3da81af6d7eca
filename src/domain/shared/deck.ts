import { DeckFormatError } from './errors';
import { describeIssues, z } from './validation';

export const TOPICS = ['commanders', 'dates', 'places', 'numbers', 'strategy'] as const;
export type Topic = (typeof TOPICS)[number];

export const QUESTION_TYPES = [
  'flashcard',
  'multiple-choice',
  'true-false',
  'typed',
  'cloze',
  'ordering',
  'matching',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** How each type is named to people, everywhere in the app. */
export const QUESTION_TYPE_NAMES: Record<QuestionType, string> = {
  flashcard: 'Flashcard',
  'multiple-choice': 'Multiple choice',
  'true-false': 'True or false',
  typed: 'Typed answer',
  cloze: 'Fill in the blank',
  ordering: 'Put in order',
  matching: 'Matching',
};

/** Decks are text a person reads; 2 MB of JSON is far beyond any real deck. */
const MAX_DECK_BYTES = 2_000_000;

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

export const questionSchema = z.object({
  id: text(200),
  factId: text(200),
  topic: z.enum(TOPICS),
  type: z.enum(QUESTION_TYPES),
  prompt: text(2000),
  answer: z.union([text(2000), z.array(text(2000)).check(z.minLength(1), z.maxLength(50))]),
  accepted: z.optional(z.array(text(500)).check(z.maxLength(50))),
  options: z.optional(z.array(text(500)).check(z.maxLength(12))),
  explanation: z.optional(z.string().check(z.maxLength(4000))),
  /** The fact the question asks about, in one line, for the teacher reviewing a derived deck. */
  fact: z.optional(z.string().check(z.maxLength(1000))),
  source: z.object({ section: z.string().check(z.maxLength(300)), quote: text(4000) }),
});
export type Question = z.infer<typeof questionSchema>;

export const deckSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'lowercase letters, digits and hyphens')),
  title: text(300),
  source: z.object({
    title: text(300),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
    /** Where the article was read (https only: the deck page links to it). */
    url: z.optional(
      z.string().check(z.maxLength(2000), z.regex(/^https:\/\/[^\s]+$/, 'an https:// address')),
    ),
    /** The article's revision id on its wiki, when it came from one. */
    revision: z.optional(z.int().check(z.positive())),
    /** The licence of the article's text: "CC BY-SA 4.0" for Wikipedia. */
    licence: z.optional(text(100)),
  }),
  article: z.optional(z.string().check(z.maxLength(1_000_000))),
  questions: z.array(questionSchema).check(z.minLength(1), z.maxLength(5000)),
});
export type Deck = z.infer<typeof deckSchema>;

/**
 * Validates deck JSON from outside (a file, a paste, a bundled deck). Throws a
 * DeckFormatError that names the first problems, never a bare zod error.
 */
export function parseDeck(data: unknown): Deck {
  const result = deckSchema.safeParse(data);
  if (!result.success) {
    throw new DeckFormatError(`This deck does not follow the deck format:\n${describeIssues(result.error)}`);
  }
  const ids = new Set<string>();
  for (const question of result.data.questions) {
    if (ids.has(question.id)) {
      throw new DeckFormatError(
        `Two questions share the id "${question.id}"; every question needs its own id.`,
      );
    }
    ids.add(question.id);
  }
  return result.data;
}

/** Reads deck JSON text with a size limit, then validates it. */
export function parseDeckJson(json: string): Deck {
  if (json.length > MAX_DECK_BYTES) {
    throw new DeckFormatError(
      `This deck file is ${Math.round(json.length / 1000)} kB; the limit is ${MAX_DECK_BYTES / 1000} kB. Split it into smaller decks.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new DeckFormatError(
      'This file is not valid JSON. Choose a deck file exported by Muster or `npm run derive`.',
    );
  }
  return parseDeck(data);
}

/**
 * The answer as one line of text: an ordering answer as a sequence ("A → B → C"), a
 * matching answer as a list of pairs ("A: x; B: y"), so the two never read alike.
 */
export function answerText(question: Pick<Question, 'answer' | 'type'>): string {
  if (!Array.isArray(question.answer)) return question.answer;
  return question.answer.join(question.type === 'matching' ? '; ' : ' → ');
}
