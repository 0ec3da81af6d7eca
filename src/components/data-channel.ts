/**
 * Tells every other Muster tab that the whole database was replaced or merged (a backup was
 * restored), so they read everything again instead of showing, and grading from, what was
 * there before. A study session elsewhere only hears of single answers (study-channel.ts).
 */
const CHANNEL = 'muster-data';
const REPLACED = 'replaced';

export function tellDataReplaced(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(REPLACED);
  channel.close();
}

/** Calls `onReplaced` when a backup was restored in another tab; returns the unsubscribe. */
export function onDataReplacedElsewhere(onReplaced: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (event.data === REPLACED) onReplaced();
  };
  // Node (the test runner) would otherwise stay alive for the open channel.
  (channel as BroadcastChannel & { unref?: () => void }).unref?.();
  return () => channel.close();
}
