import { MusterError } from '../domain/shared/errors';

/** The sentence to show for an error: ours are written for people; others get a safe fallback. */
export function errorText(error: unknown): string {
  if (error instanceof MusterError) return error.message;
  if (isQuotaError(error)) {
    return 'Your browser ran out of storage for Muster, so the last change was not saved (nothing was half-saved). Download a backup, then free some space in your browser and try again.';
  }
  if (error instanceof Error && error.name === 'DatabaseClosedError') {
    return 'Muster could not open its storage. Close other Muster tabs and reload; private windows may block storage.';
  }
  return `Something went wrong: ${error instanceof Error ? error.message : String(error)}. Reload the page; your saved progress is kept.`;
}

/** Dexie reports a full disk as QuotaExceededError, or as an abort whose inner error is one. */
function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const inner = (error as Error & { inner?: unknown }).inner;
  return (
    error.name === 'QuotaExceededError' || (inner instanceof Error && inner.name === 'QuotaExceededError')
  );
}

export function ErrorMessage({ error }: { error: unknown }) {
  return (
    <p role="alert" className="error">
      {errorText(error)}
      {isQuotaError(error) && (
        // A plain link: this message may show outside the router (while decks load).
        <>
          {' '}
          <a href="/backup">Go to Backup</a>
        </>
      )}
    </p>
  );
}
