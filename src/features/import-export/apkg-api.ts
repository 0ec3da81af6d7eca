import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../../components/db-context';
import { readFileBytes, sha256Hex } from '../../components/files';
import { saveApkgImport } from '../../db/import-apkg';
import type { ImportPlanEntry } from '../../db/import-decks';
import { MAX_APKG_BYTES } from '../../domain/interchange/apkg-limits';
import type { ApkgPreview } from '../../domain/interchange/apkg-read';
import type { Topic } from '../../domain/shared/deck';

export interface ReadPackage {
  preview: ApkgPreview;
  sha256: string;
  fileName: string;
}

/** Reads a chosen .apkg: the package code (sql.js and its wasm) loads on the first one. */
export function useReadApkg() {
  return useMutation({
    mutationFn: async (file: File): Promise<ReadPackage> => {
      const bytes = await readFileBytes(file, MAX_APKG_BYTES, 'an Anki package');
      const { readApkgBytes } = await import('./apkg-engine');
      const preview = await readApkgBytes(bytes);
      return { preview, sha256: await sha256Hex(bytes), fileName: file.name };
    },
  });
}

export interface ApkgImportRequest {
  read: ReadPackage;
  plan: ImportPlanEntry[];
  topic: Topic;
}

/** Saves the package's decks, cards, schedules and review history in one transaction. */
export function useSaveApkg() {
  const db = useDb();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ read, plan, topic }: ApkgImportRequest) =>
      saveApkgImport(db, {
        plan,
        title: read.fileName.replace(/\.apkg$/i, ''),
        topic,
        fileName: read.fileName,
        sha256: read.sha256,
        now: new Date(),
      }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
