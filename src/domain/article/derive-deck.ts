import { type Deck, parseDeck, type Question, questionSchema } from '../shared/deck';
import { ArticleFormatError } from '../shared/errors';
import { sha256Hex } from '../shared/sha256';
import { applyCuration, type Curation } from './curation';
import { extractFacts } from './facts';
import { infoboxQuestions } from './infobox-questions';
import { mentionQuestions } from './mention-questions';
import { parseArticle } from './parse-article';
import { reasonQuestions } from './reason-questions';
import { datingQuestions, otherNameQuestions, sequenceQuestions, sideQuestions } from './relation-questions';

/** The deck contract allows 5,000 questions; a longer article keeps its first 5,000. */
const MAX_DERIVED_QUESTIONS = 5000;

/** "Siege of Emesa (638)" → "siege-of-emesa-638": a deck id from a title. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'deck';
}

export interface DeriveOptions {
  /** Deck id; the slug of the title if not given (or given by the curation). */
  id?: string;
  curation?: Curation;
  /** Names of one thing found outside the text (a wikitext article's links), merged with the curation's. */
  aliases?: string[][];
}

/**
 * Turns an article into a deck: parse, read the facts, ask about them, apply the hand edits,
 * validate with the same schema the app uses. Pure and deterministic: the same text (and
 * curation) always gives the same deck, ids included.
 */
export function deriveDeck(raw: string, options: DeriveOptions = {}): Deck {
  const article = parseArticle(raw);
  const aliases = [...(options.aliases ?? []), ...(options.curation?.aliases ?? [])];
  const facts = extractFacts(article, { aliases });
  const seen = new Set<string>();
  const questions: Question[] = [];
  const generated = [
    ...infoboxQuestions(article, facts),
    ...sideQuestions(facts),
    ...otherNameQuestions(facts),
    ...datingQuestions(facts),
    ...sequenceQuestions(facts),
    ...reasonQuestions(facts),
    ...mentionQuestions(facts, MAX_DERIVED_QUESTIONS),
  ];
  for (const question of generated) {
    if (seen.has(question.id) || questions.length >= MAX_DERIVED_QUESTIONS) continue;
    // A question the deck format cannot hold (an option or answer cut from a 2,000-letter
    // "word", say) is left out rather than failing the whole deck.
    if (!questionSchema.safeParse(question).success) continue;
    seen.add(question.id);
    questions.push(question);
  }
  if (questions.length === 0 && !options.curation?.add?.length) {
    throw new ArticleFormatError(
      'No questions could be made from this article: it names no commanders, places, dates or numbers the deriver recognises. Add an infobox or more detail, then try again.',
    );
  }
  const deck: Deck = {
    id: options.id ?? options.curation?.id ?? slugify(article.title),
    title: article.title,
    source: { title: article.title, sha256: sha256Hex(article.text) },
    article: article.text,
    questions,
  };
  return options.curation ? applyCuration(deck, options.curation, article.text) : parseDeck(deck);
}
