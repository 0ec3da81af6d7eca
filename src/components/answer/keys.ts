/** True when a key press belongs to a text field, not to the page's shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** A plain key press the page may treat as a shortcut (no modifier, not typed into a field, not taken). */
export function isShortcut(event: KeyboardEvent): boolean {
  return (
    !event.defaultPrevented && !event.altKey && !event.ctrlKey && !event.metaKey && !isTyping(event.target)
  );
}
