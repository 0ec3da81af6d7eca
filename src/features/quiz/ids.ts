import { toBase64Url } from '../../domain/quiz/link-codec';

/** A random id for an assignment or an attempt (96 bits, URL-safe). */
export function randomId(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(12)));
}

/** A file name from a title: "Fort Amber, 9B" → "fort-amber-9b". */
export function fileSlug(title: string): string {
  return (
    title
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'quiz'
  );
}

export function shareLink(code: string): string {
  return `${window.location.origin}${import.meta.env.BASE_URL}a#${code}`;
}
