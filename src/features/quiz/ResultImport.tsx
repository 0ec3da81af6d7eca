import { useState } from 'react';
import { ErrorMessage, errorText } from '../../components/error-message';
import type { AssignmentRow } from '../../db/app-db';
import { openResult, type QuizResult } from '../../domain/quiz/quiz-result';
import { useImportResults } from './api';
import { readFiles } from './read-files';

const MAX_FILE_BYTES = 200_000;

/** Pasted text may hold many codes, each possibly broken over lines by a mail client. */
function splitCodes(text: string): string[] {
  return text
    .replace(/\s+/g, '')
    .split(/(?=muster\.)/)
    .filter((part) => part !== '');
}

/** Drop, pick or paste result files and codes: each is checked; the good ones are imported. */
export function ResultImport({ row }: { row: AssignmentRow }) {
  const save = useImportResults(row.id);
  const [text, setText] = useState('');
  const [report, setReport] = useState<{ added: number; already: number; refused: string[] } | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function importAll(inputs: { name: string; text: string }[]) {
    setError(null);
    const results: QuizResult[] = [];
    const refused: string[] = [];
    for (const input of inputs) {
      try {
        results.push(await openResult(input.text, row));
      } catch (caught) {
        refused.push(`${input.name}: ${errorText(caught)}`);
      }
    }
    const counts = results.length > 0 ? await save.mutateAsync(results) : { added: 0, already: 0 };
    setReport({ ...counts, refused });
  }

  const importFiles = (files: FileList | null) =>
    readFiles(files, MAX_FILE_BYTES).then(importAll).catch(setError);

  return (
    <section aria-labelledby="import-title" className="result-import">
      <h2 id="import-title">Import results</h2>
      <label
        className="drop-zone"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void importFiles(e.dataTransfer.files);
        }}
      >
        Drop result files here, or choose them
        <input
          type="file"
          multiple
          accept=".json,application/json"
          onChange={(e) => void importFiles(e.target.files)}
        />
      </label>
      <form
        className="quiz-form"
        onSubmit={(e) => {
          e.preventDefault();
          void importAll(splitCodes(text).map((code, i) => ({ name: `Code ${i + 1}`, text: code }))).then(
            () => setText(''),
          );
        }}
      >
        <label>
          Or paste result codes (as many as you like)
          <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit">Import codes</button>
      </form>
      {error !== null && <ErrorMessage error={error} />}
      {report && (
        <div role="status" className="import-report">
          <p>
            Imported {report.added} result{report.added === 1 ? '' : 's'}
            {report.already > 0 && `; ${report.already} already in the gradebook`}
            {report.refused.length > 0 && `; ${report.refused.length} refused (nothing was stored for them)`}.
          </p>
          {report.refused.length > 0 && (
            <ul className="error">
              {report.refused.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
