import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { tellDataReplaced } from '../../components/data-channel';
import { useDb } from '../../components/db-context';
import { downloadText, fileDate, readTextFile } from '../../components/files';
import { requestPersistentStorage, storageStatus } from '../../components/persistent-storage';
import {
  type CheckedBackup,
  checkBackup,
  createBackup,
  type RestoreMode,
  restoreBackup,
} from '../../db/backup';
import { queryKeys } from '../../db/query-keys';
import { MAX_BACKUP_CHARS } from '../../domain/backup/backup-file';

export function useStorageStatus() {
  return useQuery({ queryKey: queryKeys.storage(), queryFn: storageStatus, staleTime: 0 });
}

export function usePersistStorage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestPersistentStorage,
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.storage() }),
  });
}

export function useDownloadBackup() {
  const db = useDb();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const now = new Date();
      downloadText(await createBackup(db, now), `muster-backup-${fileDate(now)}.json`, 'application/json');
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.backupReminder() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.storage() }),
      ]),
  });
}

/** Reads and checks a backup file; nothing is written until the user confirms. */
export async function readBackupFile(file: File): Promise<CheckedBackup> {
  return checkBackup(await readTextFile(file, MAX_BACKUP_CHARS, 'a backup'));
}

export function useRestoreBackup() {
  const db = useDb();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ backup, mode }: { backup: CheckedBackup; mode: RestoreMode }) =>
      restoreBackup(db, backup, mode),
    // Everything may have changed: every deck, count and setting is read again, here and in other tabs.
    onSuccess: () => {
      tellDataReplaced();
      return queryClient.invalidateQueries({ queryKey: queryKeys.all });
    },
  });
}
