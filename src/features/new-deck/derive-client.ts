import type { Deck } from '../../domain/shared/deck';
import { MusterError } from '../../domain/shared/errors';
import type { DeriveInput, DeriveStage } from './derive-input';
import type { DeriveReply } from './derive-protocol';

export interface DeriveJob {
  result: Promise<Deck>;
  /** Stops the work: the worker is terminated and `result` never settles. */
  cancel(): void;
}

/** An error from the worker, with the sentence it was thrown with (ours are written for people). */
class WorkerError extends MusterError {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/**
 * Starts deriving a deck. In a browser the work runs in a module Web Worker; where there is
 * no Worker (jsdom in component tests, very old browsers) the same `deriveFromInput` runs
 * here instead, and cancel only drops its result.
 */
export function startDerive(input: DeriveInput, onStage: (stage: DeriveStage) => void): DeriveJob {
  if (typeof Worker === 'undefined') return deriveHere(input, onStage);
  const worker = new Worker(new URL('./derive.worker.ts', import.meta.url), {
    type: 'module',
    name: 'derive',
  });
  const result = new Promise<Deck>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<DeriveReply>) => {
      const reply = event.data;
      if (reply.type === 'stage') return onStage(reply.stage);
      worker.terminate();
      // Our own worker's output, made by the same code: typed, not re-validated.
      if (reply.type === 'done') resolve(JSON.parse(reply.deckJson) as Deck);
      else reject(reply.muster ? new WorkerError(reply.name, reply.message) : new Error(reply.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the deriver stopped unexpectedly'));
    };
  });
  worker.postMessage(input);
  return { result, cancel: () => worker.terminate() };
}

function deriveHere(input: DeriveInput, onStage: (stage: DeriveStage) => void): DeriveJob {
  let cancelled = false;
  const result = new Promise<Deck>((resolve, reject) => {
    import('./derive-input')
      .then(({ deriveFromInput }) => deriveFromInput(input, (stage) => !cancelled && onStage(stage)))
      .then(
        (deck) => !cancelled && resolve(deck),
        (error: unknown) => !cancelled && reject(error),
      );
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
    },
  };
}
