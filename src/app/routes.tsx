import { useEffect } from 'react';
import { matchPath, type RouteObject, useLocation, useRoutes } from 'react-router';
import { DeckListPage } from '../features/decks/DeckListPage';
import { Layout, NotFound } from './Layout';
import { type LazyPage, lazyPage } from './lazy-page';
import { yieldToMain } from './yield-to-main';

/**
 * Every screen but the deck list loads in its own chunk when it is opened (or when a link to
 * it is hovered or focused, see preloadRoute), so the first page carries only the deck list.
 * Declarative routes (useRoutes) rather than a data router: Muster loads its data through
 * TanStack Query, and the data router would add about 19 KB gzip to the first page.
 */
const pages = {
  deck: lazyPage(async () => (await import('../features/decks/DeckPage')).DeckPage),
  study: lazyPage(async () => (await import('../features/study/StudyPage')).StudyPage),
  customStudy: lazyPage(async () => (await import('../features/study/CustomStudyPage')).CustomStudyPage),
  quizzes: lazyPage(async () => (await import('../features/quiz/QuizzesPage')).QuizzesPage),
  practice: lazyPage(async () => (await import('../features/quiz/PracticePage')).PracticePage),
  builder: lazyPage(async () => (await import('../features/quiz/BuilderPage')).BuilderPage),
  share: lazyPage(async () => (await import('../features/quiz/SharePage')).SharePage),
  gradebook: lazyPage(async () => (await import('../features/quiz/GradebookPage')).GradebookPage),
  take: lazyPage(async () => (await import('../features/quiz/TakePage')).TakePage),
  deckSettings: lazyPage(async () => (await import('../features/settings/SettingsPage')).DeckSettingsPage),
  settings: lazyPage(async () => (await import('../features/settings/SettingsPage')).SettingsPage),
  backup: lazyPage(async () => (await import('../features/backup/BackupPage')).BackupPage),
  importExport: lazyPage(
    async () => (await import('../features/import-export/ImportExportPage')).ImportExportPage,
  ),
  stats: lazyPage(async () => (await import('../features/stats/StatsPage')).StatsPage),
  card: lazyPage(async () => (await import('../features/stats/CardPage')).CardPage),
  newDeck: lazyPage(async () => (await import('../features/new-deck/NewDeckPage')).NewDeckPage),
} satisfies Record<string, LazyPage>;

const lazyRoutes: [path: string, page: LazyPage][] = [
  ['decks/:deckId', pages.deck],
  ['decks/:deckId/study', pages.study],
  ['quizzes', pages.quizzes],
  ['quizzes/practice', pages.practice],
  ['quizzes/new', pages.builder],
  ['quizzes/assignments/:assignmentId', pages.share],
  ['quizzes/assignments/:assignmentId/gradebook', pages.gradebook],
  ['a', pages.take],
  ['decks/:deckId/settings', pages.deckSettings],
  ['decks/:deckId/custom', pages.customStudy],
  ['settings', pages.settings],
  ['backup', pages.backup],
  ['import', pages.importExport],
  ['stats/:deckId?', pages.stats],
  ['stats/:deckId/cards/:questionId', pages.card],
  ['new', pages.newDeck],
];

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <DeckListPage /> },
      ...lazyRoutes.map(([path, { Page }]) => ({ path, element: <Page /> })),
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function AppRoutes() {
  const { pathname } = useLocation();
  // The screen's chunk loads while the database opens, not after (the content waits for both).
  useEffect(() => preloadRoute(pathname), [pathname]);
  return useRoutes(routes);
}

/** Starts loading the screen at `pathname` (a link's target), if it is a lazy one. */
export function preloadRoute(pathname: string): void {
  const match = lazyRoutes.find(([path]) => matchPath(`/${path}`, pathname));
  // A failure here is not the user's: opening the page tries again and reports it.
  match?.[1].preload().catch(() => {});
}

/** The screens a learner most likely opens next from the deck list, one task each. */
export async function preloadStudy(): Promise<void> {
  pages.deck.preload().catch(() => {});
  await yieldToMain();
  pages.study.preload().catch(() => {});
}
