/**
 * Every error a user can meet is a MusterError: its message is a sentence that says what
 * is wrong and what to do, ready to show as it is.
 */
export class MusterError extends Error {
  override name = 'MusterError';
}

/** A deck file or deck JSON that does not follow the deck contract. */
export class DeckFormatError extends MusterError {
  override name = 'DeckFormatError';
}

/** The card changed under us (another tab graded it first): reload it and try again. */
export class StaleCardError extends MusterError {
  override name = 'StaleCardError';
}

/** A backup file that is not one Muster wrote, or is damaged: nothing was restored. */
export class BackupFormatError extends MusterError {
  override name = 'BackupFormatError';
}

/** An Anki, Quizlet or CSV file that cannot be imported as it is: nothing was saved. */
export class ImportFormatError extends MusterError {
  override name = 'ImportFormatError';
}

/** A text that is not an article in Muster's article format (see README, "Decks from articles"). */
export class ArticleFormatError extends MusterError {
  override name = 'ArticleFormatError';
}

/** A curation.json whose edits do not fit the derived deck (an id that is gone, a quote not in the article). */
export class CurationError extends MusterError {
  override name = 'CurationError';
}
