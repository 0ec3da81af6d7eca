import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../../components/db-context';
import { downloadText, sha256Hex } from '../../components/files';
import { deckQuestions } from '../../db/decks';
import { type ImportPlanEntry, planImport, saveImport } from '../../db/import-decks';
import { queryKeys } from '../../db/query-keys';
import { readAnki } from '../../domain/interchange/anki';
import { type CsvChoice, type CsvLayout, readCsv } from '../../domain/interchange/csv';
import { EXPORT_FORMATS, type ExportFormat, exportDeck } from '../../domain/interchange/export-deck';
import { readGift } from '../../domain/interchange/gift-import';
import type { ImportPreview } from '../../domain/interchange/import-preview';
import { readQuizlet } from '../../domain/interchange/quizlet';
import type { Topic } from '../../domain/shared/deck';

export type ImportFormat = 'anki' | 'quizlet' | 'csv' | 'gift';

/** What the learner chose beside the format: Quizlet's separators, a CSV's delimiter and columns. */
export interface ImportChoices {
  quizletSeparator: string;
  quizletRowSeparator: string;
  csv: CsvChoice;
}

/** A CSV preview also says how the file was read, for the column chooser. */
export type FormPreview = ImportPreview & { csv?: CsvLayout };

export function previewImport(text: string, format: ImportFormat, choices: ImportChoices): FormPreview {
  if (format === 'anki') return readAnki(text);
  if (format === 'quizlet') return readQuizlet(text, choices.quizletSeparator, choices.quizletRowSeparator);
  if (format === 'gift') return readGift(text);
  return readCsv(text, choices.csv);
}

/** Each preview gets a number, so the plan's query key stays small however many cards it has. */
const previewIds = new WeakMap<ImportPreview, number>();
let lastPreviewId = 0;

/** Which deck each group of previewed cards goes to: a new one, or the one an earlier import made. */
export function useImportPlan(preview: ImportPreview | null) {
  const db = useDb();
  let id = preview ? previewIds.get(preview) : undefined;
  if (preview && id === undefined) {
    lastPreviewId += 1;
    id = lastPreviewId;
    previewIds.set(preview, id);
  }
  return useQuery({
    queryKey: [...queryKeys.decks(), 'import-plan', id ?? 0],
    queryFn: () => planImport(db, preview?.cards ?? []),
    enabled: preview !== null && preview.cards.length > 0,
  });
}

export interface ImportRequest {
  text: string;
  plan: ImportPlanEntry[];
  title: string;
  topic: Topic;
  fileName: string;
}

/** Saves every deck of the plan in one transaction; returns their ids. */
export function useImportDeck() {
  const db = useDb();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ text, plan, title, topic, fileName }: ImportRequest) =>
      saveImport(db, { plan, title, topic, fileName, sha256: await sha256Hex(text), now: new Date() }),
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
