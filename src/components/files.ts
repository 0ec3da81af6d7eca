import { MusterError } from '../domain/shared/errors';

/** Offers text to the user as a file download (works offline: nothing leaves the browser). */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}

/** Offers bytes (a zip, say) as a file download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  // Firefox follows only a link that is in the document.
  document.body.append(link);
  link.click();
  link.remove();
  // Let the browser start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A chosen file's text, refusing files over `maxBytes` before reading them into memory. */
export async function readTextFile(file: File, maxBytes: number, what: string): Promise<string> {
  refuseLargeFile(file, maxBytes, what);
  return file.text();
}

function refuseLargeFile(file: File, maxBytes: number, what: string): void {
  if (file.size > maxBytes) {
    throw new MusterError(
      `"${file.name}" is ${(file.size / 1_000_000).toFixed(1)} MB; ${what} may be at most ${maxBytes / 1_000_000} MB.`,
    );
  }
}

/** A chosen file's bytes, refusing files over `maxBytes` before reading them into memory. */
export async function readFileBytes(
  file: File,
  maxBytes: number,
  what: string,
): Promise<Uint8Array<ArrayBuffer>> {
  refuseLargeFile(file, maxBytes, what);
  return new Uint8Array(await file.arrayBuffer());
}

/** SHA-256 of a text or a file's bytes, as hex (the fingerprint imported decks record of their source). */
export async function sha256Hex(content: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Today as YYYY-MM-DD in local time, for file names. */
export function fileDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
