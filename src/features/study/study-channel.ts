/**
 * Tells other tabs that a deck's cards changed (an answer or an undo was written), so they
 * re-read their queue. One channel per tab both sends and listens: a BroadcastChannel
 * never hears its own messages, so a tab does not react to its own writes.
 */
type Listener = (deckId: string) => void;

const listeners = new Set<Listener>();
let channel: BroadcastChannel | undefined;

function tabChannel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  if (!channel) {
    channel = new BroadcastChannel('muster-study');
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data;
      if (typeof data === 'object' && data !== null && 'deckId' in data && typeof data.deckId === 'string') {
        for (const listener of listeners) listener(data.deckId);
      }
    };
    // Node (the test runner) would otherwise stay alive for the open channel.
    (channel as BroadcastChannel & { unref?: () => void }).unref?.();
  }
  return channel;
}

export function tellStudyChange(deckId: string): void {
  tabChannel()?.postMessage({ deckId });
}

/** Calls `onChange` when another tab changes this deck's cards; returns the unsubscribe. */
export function onStudyChange(deckId: string, onChange: () => void): () => void {
  tabChannel();
  const listener: Listener = (changed) => {
    if (changed === deckId) onChange();
  };
  listeners.add(listener);
  return () => listeners.delete(listener);
}
