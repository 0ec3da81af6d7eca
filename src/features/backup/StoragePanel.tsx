import { ErrorMessage } from '../../components/error-message';
import { usePersistStorage, useStorageStatus } from './api';

function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(0)} kB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(1)} GB`;
}

export function StoragePanel() {
  const status = useStorageStatus();
  const persist = usePersistStorage();
  if (status.error) return <ErrorMessage error={status.error} />;
  if (status.isPending) return <p aria-busy="true">Reading storage…</p>;
  if (!status.data) return <p>This browser does not report how much storage Muster uses.</p>;
  const { usage, quota, persisted } = status.data;
  return (
    <>
      <dl className="storage-facts">
        <div>
          <dt>Used</dt>
          <dd data-testid="storage-used">{formatBytes(usage)}</dd>
        </div>
        <div>
          <dt>Available to Muster</dt>
          <dd>{formatBytes(quota)}</dd>
        </div>
        <div>
          <dt>Persistent</dt>
          <dd data-testid="storage-persistent">{persisted ? 'Yes' : 'No'}</dd>
        </div>
      </dl>
      {persisted ? (
        <p>The browser will not clear Muster's data to free space; only you can, by clearing site data.</p>
      ) : (
        <>
          <p>
            The browser may clear Muster's data when the disk runs low. Muster asks to keep it after your
            first study session; installing Muster usually makes the browser agree.
          </p>
          <button type="button" onClick={() => persist.mutate()} disabled={persist.isPending}>
            Ask to keep my data
          </button>
          {persist.data === false && (
            <p role="status">
              The browser said no for now. Keep a backup; installing Muster may change its answer.
            </p>
          )}
        </>
      )}
    </>
  );
}
