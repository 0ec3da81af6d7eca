import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../../components/db-context';
import { downloadText, sha256Hex } from '../../components/files';
import { deckQuestions, listDecks } from '../../db/decks';
import { loadDeck } from '../../db/load-deck';
import { queryKeys } from '../../db/query-keys';
import { readAnki } from '../../domain/interchange/anki';
import { readCsv } from '../../domain/interchange/csv';
import { EXPORT_FORMATS, type ExportFormat, exportDeck } from '../../domain/interchange/export-deck';
import type { ImportPreview } from '../../domain/interchange/import-preview';
import { importedDeck } from '../../domain/interchange/imported-deck';
import { readQuizlet } from '../../domain/interchange/quizlet';
import type { Topic } from '../../domain/shared/deck';

export type ImportFormat = 'anki' | 'quizlet' | 'csv';

export function previewImport(text: string, format: ImportFormat, quizletSeparator: string): ImportPreview {
  if (format === 'anki') return readAnki(text);
  if (format === 'quizlet') return readQuizlet(text, quizletSeparator);
  return readCsv(text);
}

export interface ImportRequest {
  text: string;
  preview: ImportPreview;
  title: string;
  topic: Topic;
  fileName: string;
}

/** Saves previewed cards as a new user deck (one transaction, via loadDeck); returns its id. */
export function useImportDeck() {
  const db = useDb();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ text, preview, title, topic, fileName }: ImportRequest) => {
      const takenIds = new Set((await listDecks(db)).map((deck) => deck.id));
      const deck = importedDeck(preview.cards, {
        title,
        topic,
        fileName,
        sha256: await sha256Hex(text),
        takenIds,
      });
      // The id was free when read; onlySameSource makes sure it still is when written.
      await loadDeck(db, deck, { builtIn: false, now: new Date(), onlySameSource: true });
      return deck.id;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.decks() }),
  });
}

export function useExportDeck() {
  const db = useDb();
  return useMutation({
    mutationFn: async ({ deckId, format }: { deckId: string; format: ExportFormat }) => {
      const { extension, mime } = EXPORT_FORMATS[format];
      const text = exportDeck(format, deckId, await deckQuestions(db, deckId));
      downloadText(text, `${deckId}-${format}.${extension}`, mime);
    },
  });
}
