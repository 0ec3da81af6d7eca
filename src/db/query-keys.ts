/** Every TanStack Query key in one place, so a mutation can invalidate exactly what it changed. */
export const queryKeys = {
  all: ['muster'] as const,
  decks: () => [...queryKeys.all, 'decks'] as const,
  deck: (deckId: string) => [...queryKeys.decks(), deckId] as const,
  deckCounts: (deckId: string) => [...queryKeys.deck(deckId), 'counts'] as const,
  deckQuestions: (deckId: string) => [...queryKeys.deck(deckId), 'questions'] as const,
  nextDue: (deckId: string, answered: number) => [...queryKeys.deck(deckId), 'next-due', answered] as const,
  leeches: (deckId: string) => [...queryKeys.deck(deckId), 'leeches'] as const,
  settings: (scope: string) => [...queryKeys.all, 'settings', scope] as const,
  assignments: () => [...queryKeys.all, 'assignments'] as const,
  assignment: (id: string) => [...queryKeys.assignments(), id] as const,
  assignmentAttempts: (id: string) => [...queryKeys.assignment(id), 'attempts'] as const,
  gradebook: (id: string) => [...queryKeys.assignment(id), 'gradebook'] as const,
  quizHistory: () => [...queryKeys.all, 'quiz-history'] as const,
  backupReminder: () => [...queryKeys.all, 'backup-reminder'] as const,
  storage: () => [...queryKeys.all, 'storage'] as const,
  /** Statistics of one deck, or of all decks when deckId is undefined. */
  stats: (deckId: string | undefined, part: string) =>
    [...queryKeys.all, 'stats', deckId ?? 'all-decks', part] as const,
  statsCard: (cardKey: string) => [...queryKeys.all, 'stats', 'card', cardKey] as const,
};
