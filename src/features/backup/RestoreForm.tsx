import { type FormEvent, useId, useState } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { backupCounts, type CheckedBackup, type RestoreMode } from '../../db/backup';
import { readBackupFile, useRestoreBackup } from './api';

/** How to name the rows of each table, one and many. */
const TABLE_LABELS: Record<string, [string, string]> = {
  decks: ['deck', 'decks'],
  questions: ['question', 'questions'],
  cards: ['card state', 'card states'],
  reviewLogs: ['review', 'reviews'],
  settings: ['saved setting', 'saved settings'],
};

function describeCounts(counts: Record<string, number>): string {
  return Object.entries(TABLE_LABELS)
    .map(([name, [one, many]]) => {
      const n = counts[name] ?? 0;
      return `${n} ${n === 1 ? one : many}`;
    })
    .join(', ');
}

/** Choose a file, see what it holds, choose merge or replace, then restore: nothing is written before that. */
export function RestoreForm() {
  const [checked, setChecked] = useState<{ name: string; backup: CheckedBackup } | null>(null);
  const [readError, setReadError] = useState<unknown>(null);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const restore = useRestoreBackup();
  const fileId = useId();

  async function onFile(file: File | undefined) {
    setChecked(null);
    setReadError(null);
    restore.reset();
    if (!file) return;
    try {
      setChecked({ name: file.name, backup: await readBackupFile(file) });
    } catch (error) {
      setReadError(error);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (checked) restore.mutate({ backup: checked.backup, mode });
  }

  const counts = checked && backupCounts(checked.backup);
  return (
    <form onSubmit={onSubmit} className="restore-form">
      <label htmlFor={fileId}>Backup file</label>
      <input
        id={fileId}
        type="file"
        accept=".json,application/json"
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      {readError !== null && <ErrorMessage error={readError} />}
      {checked && counts && (
        <>
          <p role="status" data-testid="restore-summary">
            "{checked.name}" is a backup from {new Date(checked.backup.createdAt).toLocaleString()} with{' '}
            {describeCounts(counts)}.
          </p>
          <fieldset>
            <legend>How to restore</legend>
            <label>
              <input type="radio" name="mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />{' '}
              Merge with what is here: keep the newer state of each card and every review from both
            </label>
            <label>
              <input
                type="radio"
                name="mode"
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
              />{' '}
              Replace everything here with the backup
            </label>
          </fieldset>
          <button type="submit" className="primary" disabled={restore.isPending || restore.isSuccess}>
            Restore
          </button>
        </>
      )}
      {restore.error && <ErrorMessage error={restore.error} />}
      {restore.isSuccess && (
        <p role="status" className="success">
          Restored. Your decks and progress are now those of the backup
          {mode === 'merge' ? ', merged with what was here' : ''}.
        </p>
      )}
    </form>
  );
}
