import { type FormEvent, useId, useState } from 'react';
import { useDeckList } from '../../components/deck-queries';
import { ErrorMessage } from '../../components/error-message';
import { EXPORT_FORMATS, type ExportFormat } from '../../domain/interchange/export-deck';
import { useExportDeck } from './api';
import { useExportApkg } from './apkg-api';

export function ExportDeckForm() {
  const decks = useDeckList();
  const textExporter = useExportDeck();
  const apkgExporter = useExportApkg();
  const [deckId, setDeckId] = useState('');
  const [format, setFormat] = useState<ExportFormat | 'apkg'>('anki');
  const exporter = format === 'apkg' ? apkgExporter : textExporter;
  const deckField = useId();
  const formatField = useId();
  const chosen = deckId || decks.data?.[0]?.id || '';

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    if (format === 'apkg') apkgExporter.mutate(chosen);
    else textExporter.mutate({ deckId: chosen, format });
  }

  if (decks.error) return <ErrorMessage error={decks.error} />;
  return (
    <form onSubmit={onSubmit} className="stacked-form">
      <label htmlFor={deckField}>Deck to export</label>
      <select id={deckField} value={chosen} onChange={(e) => setDeckId(e.target.value)}>
        {decks.data?.map((deck) => (
          <option key={deck.id} value={deck.id}>
            {deck.title}
          </option>
        ))}
      </select>
      <label htmlFor={formatField}>Export as</label>
      <select id={formatField} value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
        {Object.entries(EXPORT_FORMATS).map(([value, { label }]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
        <option value="apkg">Anki package (.apkg)</option>
      </select>
      <button type="submit" disabled={!chosen || exporter.isPending}>
        Export deck
      </button>
      {exporter.error && <ErrorMessage error={exporter.error} />}
    </form>
  );
}
