import type { DeriveStage } from './derive-input';

/** What the derive worker posts back: progress, the deck, or the error (errors lose their class in postMessage). */
export type DeriveReply =
  | { type: 'stage'; stage: DeriveStage }
  /**
   * The deck as JSON text: structured-cloning thousands of question objects costs the page's
   * main thread hundreds of milliseconds, parsing one string a fraction of that.
   */
  | { type: 'done'; deckJson: string }
  /** `muster`: the message is one of ours, written for people; otherwise it is a bug's. */
  | { type: 'error'; muster: boolean; name: string; message: string };
