import type { Deck } from './deck';

/**
 * A fast, deterministic fingerprint of a text (FNV-1a, 64 bits as two 32-bit halves).
 * Used to tell whether a bundled deck changed since it was loaded; not for security.
 */
export function contentHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/**
 * A deck's fingerprint as stored with it: the same deck again hashes the same. The build
 * computes it for the bundled decks too, so a start-up can tell they are stored without
 * loading them.
 */
export function deckContentHash(deck: Deck): string {
  return contentHash(JSON.stringify(deck));
}
