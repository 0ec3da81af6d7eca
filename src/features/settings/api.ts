import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../../components/db-context';
import { queryKeys } from '../../db/query-keys';
import { clearDeckSettings, GLOBAL_SCOPE, saveStudySettings, studySettingsFor } from '../../db/settings';
import type { StudySettings } from '../../domain/study/study-settings';

/** The settings in force for a scope (a deck id, or the global scope), and whether the deck has its own. */
export function useStudySettings(scope: string) {
  const db = useDb();
  return useQuery({
    queryKey: queryKeys.settings(scope),
    queryFn: async () => ({
      settings: await studySettingsFor(db, scope === GLOBAL_SCOPE ? undefined : scope),
      own: scope === GLOBAL_SCOPE || (await db.settings.get(scope)) !== undefined,
    }),
  });
}

/** Saves (or, with null, clears a deck's own) settings; every count and queue is read again. */
export function useSaveStudySettings(scope: string) {
  const db = useDb();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: StudySettings | null) =>
      settings ? saveStudySettings(db, scope, settings) : clearDeckSettings(db, scope),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.all }),
  });
}
