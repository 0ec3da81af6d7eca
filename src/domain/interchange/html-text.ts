import { Parser } from 'htmlparser2';

/** Elements that end a line of text, as a browser would lay them out. */
const LINE_ENDING = new Set(['br', 'div', 'p', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']);
/** Elements whose content is never text a person reads. */
const HIDDEN = new Set(['script', 'style', 'template']);

/**
 * An HTML field (Anki's #html:true) as the text a person reads. A real HTML tokenizer does
 * the work, so it follows the HTML rules a regex gets wrong: a bare `<` before a digit or
 * space is text (`<code><63</code>` is "<63"), an entity out of range becomes U+FFFD
 * instead of throwing, and an unknown `&name;` stays as written.
 */
export function htmlToText(html: string): string {
  let text = '';
  let hiddenDepth = 0;
  const parser = new Parser(
    {
      ontext(chunk) {
        if (hiddenDepth === 0) text += chunk;
      },
      onopentag(name) {
        if (HIDDEN.has(name)) hiddenDepth += 1;
        else if (name === 'br' || name === 'hr') text += '\n';
        // "Scapula<div>Clavicle</div>": a block starts on a line of its own, as a browser shows it.
        else if (LINE_ENDING.has(name) && text !== '' && !text.endsWith('\n')) text += '\n';
      },
      onclosetag(name, isImplied) {
        if (HIDDEN.has(name)) hiddenDepth = Math.max(0, hiddenDepth - 1);
        else if (
          LINE_ENDING.has(name) &&
          name !== 'br' &&
          name !== 'hr' &&
          !isImplied &&
          !text.endsWith('\n')
        )
          text += '\n';
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  // Anki keeps non-breaking spaces; as text they are ordinary spaces.
  return text.replaceAll('\u00a0', ' ').replace(/\n+$/, '');
}

/** Anki's own test for a field that holds HTML when a file does not say (#html:). */
export function looksLikeHtml(field: string): boolean {
  return /<\/?[a-z][a-z0-9]*(\s[^>]*)?\/?>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(field);
}
