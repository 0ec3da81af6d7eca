import type { RouteObject } from 'react-router';
import { DeckListPage } from '../features/decks/DeckListPage';
import { DeckPage } from '../features/decks/DeckPage';
import { Layout, NotFound, RouteError } from './Layout';

/** Heavy screens load lazily so the first page stays small. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <DeckListPage /> },
      { path: 'decks/:deckId', element: <DeckPage /> },
      {
        path: 'decks/:deckId/study',
        lazy: async () => ({ Component: (await import('../features/study/StudyPage')).StudyPage }),
      },
      {
        path: 'decks/:deckId/settings',
        lazy: async () => ({
          Component: (await import('../features/settings/SettingsPage')).DeckSettingsPage,
        }),
      },
      {
        path: 'decks/:deckId/custom',
        lazy: async () => ({
          Component: (await import('../features/study/CustomStudyPage')).CustomStudyPage,
        }),
      },
      {
        path: 'settings',
        lazy: async () => ({ Component: (await import('../features/settings/SettingsPage')).SettingsPage }),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];
