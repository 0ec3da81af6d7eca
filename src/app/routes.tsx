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
        path: 'quizzes',
        lazy: async () => ({ Component: (await import('../features/quiz/QuizzesPage')).QuizzesPage }),
      },
      {
        path: 'quizzes/practice',
        lazy: async () => ({ Component: (await import('../features/quiz/PracticePage')).PracticePage }),
      },
      {
        path: 'quizzes/new',
        lazy: async () => ({ Component: (await import('../features/quiz/BuilderPage')).BuilderPage }),
      },
      {
        path: 'quizzes/assignments/:assignmentId',
        lazy: async () => ({ Component: (await import('../features/quiz/SharePage')).SharePage }),
      },
      {
        path: 'quizzes/assignments/:assignmentId/gradebook',
        lazy: async () => ({ Component: (await import('../features/quiz/GradebookPage')).GradebookPage }),
      },
      {
        path: 'a',
        lazy: async () => ({ Component: (await import('../features/quiz/TakePage')).TakePage }),
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
      {
        path: 'backup',
        lazy: async () => ({ Component: (await import('../features/backup/BackupPage')).BackupPage }),
      },
      {
        path: 'import',
        lazy: async () => ({
          Component: (await import('../features/import-export/ImportExportPage')).ImportExportPage,
        }),
      },
      {
        path: 'stats/:deckId?',
        lazy: async () => ({ Component: (await import('../features/stats/StatsPage')).StatsPage }),
      },
      {
        path: 'stats/:deckId/cards/:questionId',
        lazy: async () => ({ Component: (await import('../features/stats/CardPage')).CardPage }),
      },
      {
        path: 'new',
        lazy: async () => ({ Component: (await import('../features/new-deck/NewDeckPage')).NewDeckPage }),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];
