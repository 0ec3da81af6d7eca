import { Link } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { useDownloadBackup } from './api';
import { RestoreForm } from './RestoreForm';
import { StoragePanel } from './StoragePanel';

export function BackupPage() {
  const download = useDownloadBackup();
  return (
    <section className="backup-page" aria-labelledby="backup-title">
      <h1 id="backup-title">Storage & backup</h1>
      <p>
        Muster keeps your decks and progress only in this browser. A backup is one file holding all of it;
        keep it somewhere safe, or restore it in another browser to carry on there.
      </p>

      <h2>Storage</h2>
      <StoragePanel />

      <h2>Download a backup</h2>
      <p>Every deck (yours too), every card's schedule, every review and your settings, in one JSON file.</p>
      <button
        type="button"
        className="primary"
        onClick={() => download.mutate()}
        disabled={download.isPending}
      >
        Download backup
      </button>
      {download.error && <ErrorMessage error={download.error} />}
      {download.isSuccess && (
        <p role="status" className="success">
          Backup made. Keep the file somewhere other than this device.
        </p>
      )}

      <h2>Restore a backup</h2>
      <p>The file is checked completely before anything is written; if it is damaged, nothing changes.</p>
      <RestoreForm />

      <h2>Decks in other apps</h2>
      <p>
        <Link to="/import">Import or export a deck</Link> as Anki text, Quizlet text or CSV.
      </p>
      <p className="app-version" data-testid="app-version">
        Muster {import.meta.env.VITE_MUSTER_VERSION}
      </p>
    </section>
  );
}
