import { type Deck, parseDeck, type Question, questionSchema } from '../shared/deck';
import { CurationError } from '../shared/errors';
import { describeIssues, z } from '../shared/validation';

/**
 * Hand edits on top of what the deriver produces, kept in decks/<id>/curation.json so a deck
 * stays reproducible: `npm run derive` applies them every time.
 */
const MAX_CURATION_CHARS = 500_000;

const text = z.string().check(z.minLength(1), z.maxLength(2000));
const rewordSchema = z.object({
  prompt: z.optional(text),
  answer: z.optional(z.union([text, z.array(text)])),
  accepted: z.optional(z.array(text)),
  options: z.optional(z.array(text)),
  explanation: z.optional(z.string().check(z.maxLength(4000))),
});

const curationSchema = z.object({
  /** The deck's id, when it should not be the slug of the title. */
  id: z.optional(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}$/))),
  /** Names of one entity that the article does not link itself: [["Emesa", "Homs"]]. */
  aliases: z.optional(z.array(z.array(text).check(z.minLength(2)))),
  /** Ids of derived questions to leave out, each with the reason (for the next person). */
  drop: z.optional(z.record(z.string(), z.string())),
  reword: z.optional(z.record(z.string(), rewordSchema)),
  add: z.optional(z.array(questionSchema)),
});
export type Curation = z.infer<typeof curationSchema>;

export function parseCuration(json: string): Curation {
  if (json.length > MAX_CURATION_CHARS) {
    throw new CurationError(
      `This curation file is over ${MAX_CURATION_CHARS / 1000} kB; keep hand edits small.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new CurationError('The curation file is not valid JSON. Fix the syntax and derive again.');
  }
  const result = curationSchema.safeParse(data);
  if (!result.success)
    throw new CurationError(`The curation file is not valid:\n${describeIssues(result.error)}`);
  return result.data;
}

function missing(ids: string[], known: Set<string>, what: string): void {
  const gone = ids.filter((id) => !known.has(id));
  if (gone.length > 0) {
    throw new CurationError(
      `The curation ${what} question${gone.length === 1 ? '' : 's'} ${gone.join(', ')}, which the deriver no longer produces. Remove or update ${gone.length === 1 ? 'that entry' : 'those entries'}.`,
    );
  }
}

/** Applies drop, reword and add to a derived deck. Fails loudly when an edit no longer fits. */
export function applyCuration(deck: Deck, curation: Curation, article: string): Deck {
  const known = new Set(deck.questions.map((q) => q.id));
  const drop = curation.drop ?? {};
  const reword = curation.reword ?? {};
  missing(Object.keys(drop), known, 'drops');
  missing(Object.keys(reword), known, 'rewords');
  const kept: Question[] = deck.questions
    .filter((q) => !(q.id in drop))
    .map((q) => {
      const edit = reword[q.id];
      if (!edit) return q;
      // A new answer replaces the old one among the options too, unless the options are reworded as well.
      const options =
        edit.options ??
        q.options?.map((o) => (o === q.answer && typeof edit.answer === 'string' ? edit.answer : o));
      return { ...q, ...edit, ...(options ? { options } : {}) };
    });
  for (const added of curation.add ?? []) {
    if (!article.includes(added.source.quote)) {
      throw new CurationError(
        `The added question ${added.id} quotes text that is not in the article: "${added.source.quote.slice(0, 80)}".`,
      );
    }
    kept.push(added);
  }
  return parseDeck({ ...deck, questions: kept });
}
