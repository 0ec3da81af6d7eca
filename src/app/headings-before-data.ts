/** The deck list's heading. */
export const DECK_LIST_TITLE = 'Your decks';

/** The address of a deck's page. */
export const deckPath = (deckId: string) => `/decks/${encodeURIComponent(deckId)}`;

/**
 * The page headings known before the database has been read, by address: the deck list's,
 * and each bundled deck's title on its deck page (the build reads them from decks/, and the
 * worker stores those very decks on a first visit). The build writes this table into the app
 * (HEADINGS_BEFORE_DATA) and into index.html's shell, so the page's largest text paints
 * with the first paint and stays where it is while the app mounts and reads its data.
 */
export function headingsBeforeData(bundledDeckTitles: Record<string, string>): Record<string, string> {
  const decks = Object.entries(bundledDeckTitles).map(([id, title]) => [deckPath(id), title]);
  return { '/': DECK_LIST_TITLE, ...Object.fromEntries(decks) };
}

/** The heading the page at `pathname` shows before any data, if it has one. */
export const headingBeforeData = (pathname: string): string | undefined =>
  Object.hasOwn(HEADINGS_BEFORE_DATA, pathname) ? HEADINGS_BEFORE_DATA[pathname] : undefined;
