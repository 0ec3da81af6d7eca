import { useSyncExternalStore } from 'react';
import { HOUR } from '../domain/shared/time';

/**
 * The service worker's side of the page: registers it (lazily, so workbox-window stays out of
 * the first chunk) and tells the UI when a new version is waiting. Nothing reloads on its own:
 * the user decides, so a study session or quiz is never cut short by an update.
 */
let updateReady = false;
let applyWaitingUpdate: ((reloadPage?: boolean) => Promise<void>) | undefined;
const listeners = new Set<() => void>();

/** Called when a new version has installed and waits for the user's go-ahead. */
export function markUpdateReady(): void {
  updateReady = true;
  for (const listener of listeners) listener();
}

export function startServiceWorker(): void {
  // Only the build has a service worker (the dev server serves none).
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    applyWaitingUpdate = registerSW({
      onNeedRefresh: markUpdateReady,
      onRegisteredSW(_url, registration) {
        if (!registration) return;
        // Long-open tabs (a classroom laptop) still hear of new versions.
        setInterval(() => void registration.update(), HOUR);
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') void registration.update();
        });
      },
    });
  });
}

/** Activates the waiting version and reloads the page. */
export function reloadToUpdate(): void {
  void applyWaitingUpdate?.(true);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUpdateReady(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => updateReady,
    () => false,
  );
}
