import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../../components/db-context';
import { downloadBlob, readFileBytes, sha256Hex } from '../../components/files';
import { deckQuestions, getDeck } from '../../db/decks';
import { saveApkgImport } from '../../db/import-apkg';
import type { ImportPlanEntry } from '../../db/import-decks';
import { MAX_APKG_BYTES } from '../../domain/interchange/apkg-limits';
import type { ApkgPreview } from '../../domain/interchange/apkg-read';
import type { Topic } from '../../domain/shared/deck';
import { MusterError } from '../../domain/shared/errors';

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

/** Writes a deck as an .apkg (the package code loads on the first export) and offers it as a download. */
export function useExportApkg() {
  const db = useDb();
  return useMutation({
    mutationFn: async (deckId: string) => {
      const deck = await getDeck(db, deckId);
      if (!deck) throw new MusterError('That deck is no longer here: choose another one.');
      const questions = (await deckQuestions(db, deckId)).map(
        ({ key, deckId: _, position, ...question }) => question,
      );
      const { writeApkgBytes } = await import('./apkg-engine');
      const bytes = await writeApkgBytes({ id: deck.id, title: deck.title, questions }, new Date());
      downloadBlob(
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
        `${deckId}.apkg`,
      );
    },
  });
}
