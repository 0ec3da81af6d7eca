import { answerText, type Question } from '../shared/deck';
import { type ExportCard, writeAnki } from './anki';
import { writeCsv } from './csv';
import { writeQuizlet } from './quizlet';

export const EXPORT_FORMATS = {
  anki: { label: 'Anki text (.txt)', extension: 'txt', mime: 'text/plain' },
  quizlet: { label: 'Quizlet text (.txt)', extension: 'txt', mime: 'text/plain' },
  csv: { label: 'CSV (.csv)', extension: 'csv', mime: 'text/csv' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** A question as a two-sided card: the prompt, and the answer as text (with the options, if any). */
export function exportCard(question: Question): ExportCard {
  const options = question.options ? `\n(Options: ${question.options.join(' / ')})` : '';
  return { front: `${question.prompt}${options}`, back: answerText(question), tags: [question.topic] };
}

export function exportDeck(format: ExportFormat, deckId: string, questions: Question[]): string {
  const cards = questions.map(exportCard);
  if (format === 'anki') return writeAnki(cards, ['muster', deckId]);
  if (format === 'quizlet') return writeQuizlet(cards);
  return writeCsv(cards);
}
