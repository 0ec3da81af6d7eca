import { type FormEvent, useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { readFileBytes } from '../../components/files';
import type { CsvChoice } from '../../domain/interchange/csv';
import { looksLikeGift } from '../../domain/interchange/file-kind';
import { MAX_IMPORT_CHARS } from '../../domain/interchange/import-preview';
import { decodeText, type TextEncodingName } from '../../domain/interchange/text-encoding';
import type { Topic } from '../../domain/shared/deck';
import { type FormPreview, type ImportFormat, previewImport, useImportDeck, useImportPlan } from './api';
import { CsvColumnChooser } from './CsvColumnChooser';
import { ImportPlanView } from './ImportPlanView';
import { ImportPreviewView } from './ImportPreviewView';
import { CUSTOM, SeparatorChoice } from './SeparatorChoice';
import { TopicChoice } from './TopicChoice';

const FORMATS: Record<ImportFormat, string> = {
  anki: 'Anki text',
  quizlet: 'Quizlet text',
  csv: 'CSV',
  gift: 'Moodle GIFT',
};

/** The format a chosen file is most likely in, by its name and, for GIFT, its content. */
function formatOf(fileName: string, text: string): ImportFormat {
  if (/\.gift$/i.test(fileName) || looksLikeGift(text)) return 'gift';
  return /\.[ct]sv$/i.test(fileName) ? 'csv' : 'anki';
}

/** Choose or paste a file, see every card and every skipped line, then save: nothing is stored before. */
export function ImportForm() {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('');
  const [fileError, setFileError] = useState<unknown>(null);
  const [format, setFormat] = useState<ImportFormat>('anki');
  const [separator, setSeparator] = useState('\t');
  const [custom, setCustom] = useState('');
  const [rowSeparator, setRowSeparator] = useState('\n');
  const [customRow, setCustomRow] = useState('');
  // Detected until the learner changes it; a new text is detected afresh.
  const [csvChoice, setCsvChoice] = useState<CsvChoice>({});
  const [encoding, setEncoding] = useState<TextEncodingName>('UTF-8');
  const [title, setTitle] = useState('');
  const [topic, setTopic] = useState<Topic>('strategy');
  const importDeck = useImportDeck();
  const navigate = useNavigate();
  const ids = {
    file: useId(),
    paste: useId(),
    format: useId(),
    title: useId(),
  };

  const result = useMemo((): { preview: FormPreview } | { error: unknown } | null => {
    if (text.trim() === '') return null;
    try {
      const chosen = (value: string, typed: string) => (value === CUSTOM ? typed : value);
      return {
        preview: previewImport(text, format, {
          quizletSeparator: chosen(separator, custom),
          quizletRowSeparator: chosen(rowSeparator, customRow),
          csv: csvChoice,
        }),
      };
    } catch (error) {
      return { error };
    }
  }, [text, format, separator, custom, rowSeparator, customRow, csvChoice]);
  const preview = result && 'preview' in result ? result.preview : null;
  const plan = useImportPlan(preview);
  // The title names a new deck only when the file names none of its own.
  const needsTitle = !plan.data || plan.data.some((entry) => entry.name === undefined && !entry.update);

  async function onFile(file: File | undefined) {
    setFileError(null);
    if (!file) return;
    try {
      // A character takes up to 4 bytes: the exact limit is checked on the text.
      const decoded = decodeText(await readFileBytes(file, MAX_IMPORT_CHARS * 4, 'an import'));
      const content = decoded.text;
      setText(content);
      setCsvChoice({});
      setEncoding(decoded.encoding);
      setFileName(file.name);
      setFormat(formatOf(file.name, content));
      if (!title) setTitle(file.name.replace(/\.[^.]+$/, ''));
    } catch (error) {
      setFileError(error);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!preview || preview.cards.length === 0 || !plan.data) return;
    importDeck.mutate(
      { text, plan: plan.data, title, topic, fileName: fileName || 'pasted text' },
      { onSuccess: (deckIds) => navigate(deckIds.length === 1 ? `/decks/${deckIds[0]}` : '/') },
    );
  }

  return (
    <form onSubmit={onSubmit} className="stacked-form">
      <label htmlFor={ids.file}>File to import</label>
      <input
        id={ids.file}
        type="file"
        accept=".txt,.csv,.tsv,.gift,text/plain,text/csv"
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      {fileError !== null && <ErrorMessage error={fileError} />}
      {encoding !== 'UTF-8' && text !== '' && <p className="hint">Read as {encoding} text.</p>}
      <label htmlFor={ids.paste}>Or paste the text</label>
      <textarea
        id={ids.paste}
        rows={6}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setCsvChoice({});
          setEncoding('UTF-8');
        }}
        spellCheck={false}
      />

      <label htmlFor={ids.format}>Format</label>
      <select id={ids.format} value={format} onChange={(e) => setFormat(e.target.value as ImportFormat)}>
        {Object.entries(FORMATS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {format === 'quizlet' && (
        <>
          <SeparatorChoice
            legend="Between term and definition"
            choices={{ Tab: '\t', Comma: ',' }}
            value={separator}
            custom={custom}
            customLabel="Custom separator"
            onChange={setSeparator}
            onCustom={setCustom}
          />
          <SeparatorChoice
            legend="Between rows"
            choices={{ 'New line': '\n', Semicolon: ';' }}
            value={rowSeparator}
            custom={customRow}
            customLabel="Custom row separator"
            onChange={setRowSeparator}
            onCustom={setCustomRow}
          />
        </>
      )}
      {format === 'csv' && preview?.csv && (
        <CsvColumnChooser
          layout={preview.csv}
          // Other columns come with another delimiter: they are found afresh.
          onDelimiter={(delimiter) => setCsvChoice({ delimiter })}
          onColumns={(columns) => setCsvChoice({ delimiter: preview.csv?.delimiter, columns })}
        />
      )}

      {needsTitle && (
        <>
          <label htmlFor={ids.title}>Deck title</label>
          <input id={ids.title} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} />
        </>
      )}
      <TopicChoice value={topic} onChange={setTopic} />

      {result && 'error' in result && <ErrorMessage error={result.error} />}
      {preview && <ImportPreviewView preview={preview} />}
      {plan.data && <ImportPlanView plan={plan.data} />}
      {plan.error && <ErrorMessage error={plan.error} />}
      {preview && (
        <button
          type="submit"
          className="primary"
          disabled={preview.cards.length === 0 || !plan.data || importDeck.isPending}
        >
          Import {preview.cards.length} card{preview.cards.length === 1 ? '' : 's'}
        </button>
      )}
      {importDeck.error && <ErrorMessage error={importDeck.error} />}
    </form>
  );
}
