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

/** A link, file or code (assignment or result) that is damaged, foreign, too big or not ours. */
export class TransferFormatError extends MusterError {
  override name = 'TransferFormatError';
}

/**
 * An answer or a submit for an assignment attempt that was already submitted (in another tab
 * or window): nothing was saved, and the result handed in is the one already submitted.
 */
export class AttemptClosedError extends MusterError {
  override name = 'AttemptClosedError';
  constructor(what: 'answer' | 'submission') {
    super(
      `This assignment was already submitted in another tab or window, so ${what === 'answer' ? 'your answer' : 'this submission'} was not saved. Your submitted result is below: that is the one to hand in.`,
    );
  }
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

/** Saving would replace a different deck (another source) that already has this id: nothing was saved. */
export class DeckIdInUseError extends MusterError {
  override name = 'DeckIdInUseError';
  constructor(
    readonly id: string,
    readonly title: string,
  ) {
    super(`Another deck, "${title}", already uses the id "${id}". Choose another id; nothing was saved.`);
  }
}
