/// <reference lib="webworker" />
// Stores the bundled decks off the page's main thread: validating, fingerprinting and writing
// a deck's questions and cards takes tens of milliseconds of CPU, which on a phone is what
// keeps a first visit's page from answering taps. One transaction per deck (loadDeck): if
// the tab closes meanwhile, the browser ends this worker, the transaction is abandoned
// whole, and the next start stores the deck again.
import { db } from '../db/app-db';
import { loadBundledDecks } from './bundled-decks';
import type { StoreReply } from './store-bundled-decks';

declare const self: DedicatedWorkerGlobalScope;

const reply = (message: StoreReply) => self.postMessage(message);
loadBundledDecks(db).then(
  () => reply({ stored: true }),
  (error: unknown) =>
    reply({
      stored: false,
      name: error instanceof Error ? error.name : 'Error',
      message: error instanceof Error ? error.message : String(error),
    }),
);
