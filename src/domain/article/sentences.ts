/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'c',
  'ca',
  'st',
  'mr',
  'mrs',
  'dr',
  'gen',
  'col',
  'capt',
  'lt',
  'sgt',
  'no',
  'vs',
  'e.g',
  'i.e',
  'approx',
]);

/**
 * Splits a paragraph into sentences. Each sentence is a verbatim substring of the paragraph
 * (so it can be quoted), trimmed. A full stop after a known abbreviation or a single initial
 * ("J. Smith") does not end a sentence.
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const boundary = /[.!?]["'”’)\]]*(?=\s+["'“‘(]?[A-Z\u00C0-\u024F0-9])/g;
  let start = 0;
  for (let match = boundary.exec(paragraph); match; match = boundary.exec(paragraph)) {
    const before = paragraph.slice(start, match.index);
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    if (ABBREVIATIONS.has(lastWord.toLowerCase()) || /^\p{Lu}$/u.test(lastWord)) continue;
    const end = match.index + match[0].length;
    push(sentences, paragraph.slice(start, end));
    start = end;
  }
  push(sentences, paragraph.slice(start));
  return sentences;
}

function push(sentences: string[], candidate: string): void {
  const sentence = candidate.trim();
  if (sentence.length > 0) sentences.push(sentence);
}
