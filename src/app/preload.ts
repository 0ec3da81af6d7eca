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
