/// <reference lib="webworker" />
// Derives a deck off the page's main thread, so the page stays responsive and Cancel can
// end the work at once (the page terminates this worker). The deriver and the wikitext
// parser load here, never in the page.
import { MusterError } from '../../domain/shared/errors';
import type { DeriveInput } from './derive-input';
import type { DeriveReply } from './derive-protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<DeriveInput>) => {
  const reply = (message: DeriveReply) => self.postMessage(message);
  try {
    const { deriveFromInput } = await import('./derive-input');
    const deck = await deriveFromInput(event.data, (stage) => reply({ type: 'stage', stage }));
    reply({ type: 'done', deckJson: JSON.stringify(deck) });
  } catch (error) {
    reply({
      type: 'error',
      muster: error instanceof MusterError,
      name: error instanceof Error ? error.name : 'Error',
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
