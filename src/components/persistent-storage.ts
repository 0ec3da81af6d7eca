import { useEffect } from 'react';

export interface StorageStatus {
  usage: number;
  quota: number;
  persisted: boolean;
}

/** What the browser reports about Muster's storage; null where it reports nothing (older browsers). */
export async function storageStatus(): Promise<StorageStatus | null> {
  if (!navigator.storage?.estimate) return null;
  const [estimate, persisted] = await Promise.all([
    navigator.storage.estimate(),
    navigator.storage.persisted?.() ?? Promise.resolve(false),
  ]);
  return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted };
}

/**
 * Asks the browser not to evict Muster's data under storage pressure. Returns whether storage
 * is now persistent. Chromium decides without a prompt (installed apps and engaged sites get yes).
 */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

let asked = false;

/**
 * Asks once per page load, when `ready` turns true: the end of a first study session is when
 * the learner has shown they mean to keep what is stored.
 */
export function useAskPersistentStorage(ready: boolean): void {
  useEffect(() => {
    if (!ready || asked) return;
    asked = true;
    void requestPersistentStorage().catch(() => undefined);
  }, [ready]);
}
