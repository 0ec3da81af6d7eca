import { toArticleText } from '../../domain/article/article-input';
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
  onStage('reading');
  const { text, aliases } = await toArticleText(
    input,
    async () => (await import('../../domain/article/wikitext')).wikitextToArticle,
  );
  onStage('deriving');
  return deriveDeck(text, { aliases, ...(input.limit ? { limit: input.limit } : {}) });
}
