import { type Deck, parseDeck, type Question, questionSchema } from '../shared/deck';
import { ArticleFormatError } from '../shared/errors';
import { sha256Hex } from '../shared/sha256';
import { applyCuration, type Curation } from './curation';
import { poolsOf } from './distractors';
import { extractFacts } from './facts';
import { commanderQuestions, lifeQuestions } from './headline';
import { infoboxQuestions } from './infobox-questions';
import { leadFactQuestions } from './lead-facts';
import { splitSentencesNlp } from './nlp';
import { parseArticle } from './parse-article';
import { reasonQuestions } from './reason-questions';
import { datingQuestions, otherNameQuestions, sequenceQuestions, sideQuestions } from './relation-questions';
import { type Ranked, selectQuestions } from './select';
import { sentenceCandidates } from './sentence-context';

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
  /**
   * Groups of names for one thing that the article's source linked ([[Homs|Emesa]] →
   * ["Homs", "Emesa"]), merged with the curation's aliases.
   */
  aliases?: string[][];
  /** How many questions to keep, best first; by default 30–80 by the article's length ("More questions" asks for more). */
  limit?: number;
}

/** The deck contract allows 5,000 questions. */
export const MAX_DERIVED_QUESTIONS = 5000;

/** 30 questions for a short article, one per four sentences beyond that, 80 at most. */
export function defaultQuestionCount(sentences: number): number {
  return Math.max(30, Math.min(80, Math.round(sentences / 4)));
}

const ranked = (questions: Question[], score: number): Ranked[] =>
  questions.map((question, i) => ({ question, score: score - i * 0.01, headline: score >= 100 }));

/**
 * Turns an article into a deck, facts first: the headline facts (when, where, which war,
 * result, each side's commanders, strengths and losses) are always asked; then the facts of
 * the sentences, ranked by salience (lead, infobox, entities the article keeps returning to)
 * and asked once each in the best form; the best `limit` are kept, best first. Hand edits
 * apply last; the same schema the app uses validates. Pure and deterministic: the same text
 * (and options) always gives the same deck, ids included. No DOM: it runs in a Web Worker.
 */
export function deriveDeck(raw: string, options: DeriveOptions = {}): Deck {
  const article = parseArticle(raw, splitSentencesNlp);
  const aliases = [...(options.curation?.aliases ?? []), ...(options.aliases ?? [])];
  const facts = extractFacts(article, { aliases });
  const limit = Math.min(
    MAX_DERIVED_QUESTIONS,
    options.limit ?? defaultQuestionCount(facts.sentences.length),
  );
  const people = facts.registry.ofKind('person');
  const pools = { ...poolsOf(facts), people, places: facts.registry.ofKind('place') };
  const candidates: Ranked[] = [
    ...ranked(infoboxQuestions(article, facts), 200),
    ...ranked(commanderQuestions(article, facts), 190),
    ...ranked(lifeQuestions(article, facts), 190),
    ...ranked(leadFactQuestions(article, facts), 180),
    ...ranked(sideQuestions(facts), 120),
    ...ranked(otherNameQuestions(facts, aliases), 30),
    ...ranked(datingQuestions(facts), 30),
    ...ranked(sequenceQuestions(facts), 25),
    ...ranked(reasonQuestions(facts), 22),
    ...sentenceCandidates(article, facts, pools, limit),
  ];
  // A question the deck format cannot hold (an option or answer cut from a 2,000-letter
  // "word", say) is left out rather than failing the whole deck.
  const holdable = candidates.filter((candidate) => questionSchema.safeParse(candidate.question).success);
  // The default deck is sized by its real questions; a limit asked for ("More questions") is filled.
  const questions = selectQuestions(holdable, limit, { fill: options.limit !== undefined });
  if (questions.length === 0 && !options.curation?.add?.length) {
    throw new ArticleFormatError(
      'No questions could be made from this article: it names no people, places, dates or numbers the deriver recognises. Add an infobox or more detail, then try again.',
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
