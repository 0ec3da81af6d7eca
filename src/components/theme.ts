/**
 * The colour theme: follow the system (the default), or always light, or always dark.
 * It is a setting of this device and browser, not of the collection, so it lives in
 * localStorage (not in the database or in backups) and is applied from the app's own
 * module code before the first render: the stylesheet follows the system by itself
 * (`color-scheme: light dark` with `light-dark()` colours), and `data-theme` on <html>
 * pins one scheme when the learner chose one.
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const STORAGE_KEY = 'muster-theme';

const isTheme = (value: unknown): value is Theme => THEMES.includes(value as Theme);

export function storedTheme(): Theme {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isTheme(value) ? value : 'system';
  } catch {
    // Storage can be refused (private modes, policies): the system's scheme still applies.
    return 'system';
  }
}

/** Pins the chosen scheme on <html>, or lets the system's through for "system". */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

export function saveTheme(theme: Theme): void {
  applyTheme(theme);
  try {
    if (theme === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Not stored, but applied for this visit; the switch says what is in effect.
  }
}
