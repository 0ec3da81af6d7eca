import type { Page } from 'playwright-core';

/**
 * Injected before any page script (Playwright's addInitScript): records when the first deck
 * link enters the DOM; a MutationObserver fires in the task that commits it.
 */
export function watchDeckList(): void {
  new MutationObserver((_, observer) => {
    if (!document.querySelector('a.deck-link')) return;
    observer.disconnect();
    (window as unknown as { deckListShownAt: number }).deckListShownAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Once the deck list shows (watchDeckList must be installed): when, the first contentful
 * paint, and the script files fetched before it, all from navigation start.
 */
export async function deckListTiming(
  page: Page,
): Promise<{ fcp: number; deckList: number; scripts: string[] }> {
  await page.waitForFunction(() => 'deckListShownAt' in window, undefined, { timeout: 60_000 });
  return page.evaluate(() => {
    const deckList = (window as unknown as { deckListShownAt: number }).deckListShownAt;
    return {
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      deckList,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.js') && entry.startTime < deckList)
        .map((entry) => new URL(entry.name).pathname),
    };
  });
}
