import type { QueryClient } from '@tanstack/react-query';

/**
 * Fetches a screen's chunk before it is opened: when a link to it is hovered, touched or
 * focused, and the likely next screen once the page is idle. Listens on the document, so
 * every link (menu, deck list, buttons styled as links) takes part without its own code.
 */
export function preloadLinkTargets(preload: (pathname: string) => void): void {
  const onIntent = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.origin !== location.origin) return;
    preload(link.pathname);
  };
  for (const type of ['pointerover', 'touchstart', 'focusin']) {
    document.addEventListener(type, onIntent, { passive: true });
  }
}

/** Runs `task` when the browser has nothing else to do (Safari lacks requestIdleCallback). */
export function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 5000 });
  else setTimeout(task, 1000);
}

/**
 * Runs `task` in an idle moment once the page has read its first data (a query has succeeded
 * and none is still fetching): extra downloads then no longer compete with what the learner
 * is waiting for. Every screen reads something (the backup reminder, at least).
 */
export function afterFirstData(queryClient: QueryClient, task: () => void): void {
  const cache = queryClient.getQueryCache();
  const unsubscribe = cache.subscribe(() => {
    const read = cache.getAll().some((query) => query.state.status === 'success');
    if (!read || queryClient.isFetching() > 0) return;
    unsubscribe();
    whenIdle(task);
  });
}
