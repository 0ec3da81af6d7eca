import type { AppDB } from '../db/app-db';

/** What the worker posts back once: stored, or why not (errors lose their class in postMessage). */
export type StoreReply = { stored: true } | { stored: false; name: string; message: string };

/** The worker's error, under the name it had there (a QuotaExceededError stays one). */
class StoreError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

/**
 * Stores the bundled decks that are new or changed, in a module Web Worker (the page's main
 * thread stays free while a first visit paints). Where no worker can start (jsdom in tests, a
 * browser without module workers, a worker script that fails to load) they are stored here.
 */
export async function storeBundledDecks(db: AppDB): Promise<void> {
  if (typeof Worker !== 'undefined') {
    const inWorker = await new Promise<StoreReply | 'no worker'>((resolve) => {
      const worker = new Worker(new URL('./store-bundled-decks.worker.ts', import.meta.url), {
        type: 'module',
        name: 'store-bundled-decks',
      });
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
    if (inWorker !== 'no worker') {
      if (!inWorker.stored) throw new StoreError(inWorker.name, inWorker.message);
      return;
    }
  }
  await (await import('./bundled-decks')).loadBundledDecks(db);
}
