import { ImportFormatError } from '../shared/errors';

/**
 * Files that are not delimited text at all, recognised before a delimited reader turns them
 * into junk cards: the message names the importer (or the step) that reads them.
 */
export function refuseOtherFormats(text: string, what: string): void {
  const kind = otherKind(text);
  if (kind) throw new ImportFormatError(`This is not ${what}: ${kind}`);
}

function otherKind(text: string): string | undefined {
  const head = text.slice(0, 4096);
  if (head.startsWith('PK\u0003\u0004')) {
    return 'it is a zip archive (an Anki .apkg package, perhaps). Choose it under "Import an Anki package" instead.';
  }
  if (head.startsWith('SQLite format 3')) {
    return 'it is an SQLite database (an Anki collection, perhaps). In Anki, export the deck as "Notes in Plain Text" and import that file.';
  }
  // UTF-16 read as UTF-8 puts a NUL beside every ASCII letter; other binaries have NULs too.
  const nulls = head.split('\u0000').length - 1;
  if (nulls > 0) {
    return nulls * 4 >= head.length
      ? 'it looks like UTF-16 text. Save it as UTF-8 ("CSV UTF-8" in Excel) and import it again.'
      : 'it holds binary data, not text. Choose a text file (.txt or .csv).';
  }
  if (looksLikeGift(text)) {
    return 'it is a Moodle GIFT file (questions with {…} answer blocks). Choose "Moodle GIFT" as the format.';
  }
  return undefined;
}

/**
 * GIFT's marks: a `$CATEGORY:` line, `::title::` at the start of a line, and answer blocks
 * that open with `=`, `~`, `#`, T/F or nothing (`{}`). Two such marks and at least one answer
 * block make a GIFT file; an Anki cloze (`{{c1::…}}`) is none of them.
 */
export function looksLikeGift(text: string): boolean {
  if (/^\s*\$CATEGORY:/m.test(text)) return true;
  const titles = text.match(/^\s*::[^:\n]+::/gm)?.length ?? 0;
  const blocks =
    text.match(/(^|[^{\\])\{\s*(?:[=~#]|%-?\d|T(?:RUE)?\s*[}#]|F(?:ALSE)?\s*[}#]|\})/gim)?.length ?? 0;
  return blocks >= 1 && titles + blocks >= 2;
}
