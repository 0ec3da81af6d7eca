import { checkInputSize, detectInputKind, proseToArticle } from '../../domain/article/article-input';
import { deriveDeck } from '../../domain/article/derive-deck';
import type { Deck } from '../../domain/shared/deck';

/** What the New deck page hands to the deriver. */
export interface DeriveInput {
  text: string;
  /** Set for wikitext fetched from Wikipedia: the page's title (the text may even be empty). */
  title?: string;
  /** The chosen file's name, a last resort for wikitext that names no title. */
  fileName?: string;
  /** How many questions to keep; the deriver's default (30–80 by length) when not given. */
  limit?: number;
}

/** Where the work is, for the progress line. */
export type DeriveStage = 'reading' | 'deriving';

/**
 * Any accepted input to a deck: the article format as it is, prose under a title line with
 * the title marked, wikitext converted (its parser loaded only now) with its links as aliases.
 * The Web Worker runs this; so do tests and browsers without module workers.
 */
export async function deriveFromInput(
  input: DeriveInput,
  onStage: (stage: DeriveStage) => void = () => {},
): Promise<Deck> {
  checkInputSize(input.text);
  onStage('reading');
  const kind = input.title !== undefined ? 'wikitext' : detectInputKind(input.text);
  let text = input.text;
  let aliases: string[][] = [];
  if (kind === 'wikitext') {
    const { wikitextToArticle } = await import('../../domain/article/wikitext');
    const fallbackTitle = input.fileName?.replace(/\.[a-z0-9]+$/i, '').replace(/_/g, ' ');
    ({ text, aliases } = wikitextToArticle(input.text, {
      ...(input.title ? { title: input.title } : {}),
      ...(fallbackTitle ? { fallbackTitle } : {}),
    }));
  } else if (kind === 'prose') {
    text = proseToArticle(input.text);
  }
  onStage('deriving');
  return deriveDeck(text, { aliases, ...(input.limit ? { limit: input.limit } : {}) });
}
