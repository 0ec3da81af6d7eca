import type { Deck } from '../../domain/shared/deck';
import type { DeriveStage } from './derive-input';

/** What the derive worker posts back: progress, the deck, or the error (errors lose their class in postMessage). */
export type DeriveReply =
  | { type: 'stage'; stage: DeriveStage }
  | { type: 'done'; deck: Deck }
  /** `muster`: the message is one of ours, written for people; otherwise it is a bug's. */
  | { type: 'error'; muster: boolean; name: string; message: string };
