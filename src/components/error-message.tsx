import { MusterError } from '../domain/errors';

/** The sentence to show for an error: ours are written for people; others get a safe fallback. */
export function errorText(error: unknown): string {
  if (error instanceof MusterError) return error.message;
  if (error instanceof Error && error.name === 'QuotaExceededError') {
    return 'Your browser ran out of storage for Muster. Download a backup, then free some space (Settings → Storage).';
  }
  if (error instanceof Error && error.name === 'DatabaseClosedError') {
    return 'Muster could not open its storage. Close other Muster tabs and reload; private windows may block storage.';
  }
  return `Something went wrong: ${error instanceof Error ? error.message : String(error)}. Reload the page; your saved progress is kept.`;
}

export function ErrorMessage({ error }: { error: unknown }) {
  return (
    <p role="alert" className="error">
      {errorText(error)}
    </p>
  );
}
