import { type RefObject, useEffect } from 'react';

/**
 * A grade replaces the card and "Show answer" removes its own button: the focused element
 * is gone and the browser drops focus to <body>, so Tab would start again from the top of
 * the page. When that happened, or when focus sits on `from` (where an earlier call put it),
 * this puts focus on `target` (an element with tabIndex -1) each time `when` changes, which
 * also scrolls it into view. Focus that something took on purpose (a typed answer's field,
 * the Undo button) is left where it is.
 */
export function useFocusFallback(
  target: RefObject<HTMLElement | null>,
  when: unknown,
  from?: RefObject<HTMLElement | null>,
): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `when` is the moment to check, not a value used
  useEffect(() => {
    const active = document.activeElement;
    const ours = from?.current != null && active === from.current;
    if (active === null || active === document.body || ours) target.current?.focus();
  }, [target, when, from]);
}
