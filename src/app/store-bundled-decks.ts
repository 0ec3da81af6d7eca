import type { AppDB } from '../db/app-db';

/** What the worker posts back once: stored, or why not (errors lose their class in postMessage). */
export type StoreReply = { stored: true } | { stored: false; name: string; message: string };

/** The worker's answer, or 'no worker' when none could start or run (no message came). */
export type StoreInWorker = Promise<StoreReply | 'no worker'>;

/** The worker's error, under the name it had there (a QuotaExceededError stays one). */
class StoreError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/**
 * Starts a module Web Worker that stores the bundled decks that are new or changed, off the
 * page's main thread. This module imports no Dexie, so main.tsx can start the worker on a
 * first visit before the page's own database chunk has loaded.
 */
export function startStoreWorker(): StoreInWorker {
  if (typeof Worker === 'undefined') return Promise.resolve('no worker');
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./store-bundled-decks.worker.ts', import.meta.url), {
        type: 'module',
        name: 'store-bundled-decks',
      });
    } catch {
      // A browser may refuse to start one (a SecurityError): the page stores the decks itself.
      resolve('no worker');
      return;
    }
    worker.onmessage = (event: MessageEvent<StoreReply>) => {
      worker.terminate();
      resolve(event.data);
    };
    // Before any reply: the worker could not run at all (its own errors are replies).
    worker.onerror = () => {
      worker.terminate();
      resolve('no worker');
    };
  });
}

/**
 * Stores the bundled decks that are new or changed, through the worker (`started`, when the
 * caller already started it). Where no worker can start (jsdom in tests, a browser without
 * module workers, a worker script that fails to load) they are stored here.
 */
export async function storeBundledDecks(
  db: AppDB,
  started: StoreInWorker = startStoreWorker(),
): Promise<void> {
  const inWorker = await started;
  if (inWorker === 'no worker') {
    await (await import('./bundled-decks')).loadBundledDecks(db);
    return;
  }
  if (!inWorker.stored) throw new StoreError(inWorker.name, inWorker.message);
}
