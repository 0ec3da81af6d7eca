import { unzipSync } from 'fflate';
import { Decompress } from 'fzstd';
import { ImportFormatError } from '../shared/errors';

import { MAX_APKG_BYTES, MAX_COLLECTION_BYTES } from './apkg-limits';

/** The collection files Anki writes, newest first: Anki opens the newest it finds. */
const COLLECTIONS = ['collection.anki21b', 'collection.anki21', 'collection.anki2'] as const;
export type CollectionFile = (typeof COLLECTIONS)[number];

export interface ApkgCollection {
  /** Which collection file of the package this is. */
  file: CollectionFile;
  /** The SQLite database, unpacked. */
  sqlite: Uint8Array;
}

const MB = (bytes: number) => `${Math.round(bytes / 1_000_000)} MB`;

/**
 * The SQLite collection inside an .apkg (a zip): `collection.anki21b` (zstd-compressed,
 * Anki 2.1.50 and later) before `collection.anki21` before `collection.anki2`, as Anki picks
 * them. Nothing but that one file is unpacked, and only after its declared size is checked.
 */
export function unpackApkg(bytes: Uint8Array): ApkgCollection {
  if (bytes.length > MAX_APKG_BYTES) {
    throw new ImportFormatError(
      `This package is ${MB(bytes.length)}; an import takes at most ${MB(MAX_APKG_BYTES)}. In Anki, export a smaller deck (or leave out media).`,
    );
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new ImportFormatError(
      'This is not an Anki package: an .apkg file is a zip archive, and this file is not one. In Anki, use File → Export → "Anki Deck Package".',
    );
  }
  const found = new Map<string, number>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!(COLLECTIONS as readonly string[]).includes(file.name)) return false;
        found.set(file.name, file.originalSize);
        return file.originalSize <= MAX_COLLECTION_BYTES && chosenName(found) === file.name;
      },
    });
  } catch (error) {
    throw new ImportFormatError(
      `This package is damaged: its zip archive cannot be read (${(error as Error).message}). Export it from Anki again.`,
    );
  }
  const file = chosenName(found);
  if (!file) {
    throw new ImportFormatError(
      'This zip archive holds no Anki collection (collection.anki2, .anki21 or .anki21b): it is not an Anki deck package. A .colpkg backup or a zip of other files cannot be imported here.',
    );
  }
  const packed = files[file];
  if (!packed) {
    throw new ImportFormatError(
      `This package's collection would unpack to ${MB(found.get(file) ?? 0)}; an import takes at most ${MB(MAX_COLLECTION_BYTES)}.`,
    );
  }
  return { file, sqlite: file === 'collection.anki21b' ? unzstd(packed) : packed };
}

function chosenName(found: Map<string, number>): CollectionFile | undefined {
  return COLLECTIONS.find((name) => found.has(name));
}

/** zstd, streamed so that a frame that unpacks past the limit is stopped instead of filling memory. */
function unzstd(packed: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const stream = new Decompress((chunk) => {
    total += chunk.length;
    if (total > MAX_COLLECTION_BYTES) {
      throw new ImportFormatError(
        `This package's collection unpacks to more than ${MB(MAX_COLLECTION_BYTES)}; an import takes at most that.`,
      );
    }
    chunks.push(chunk);
  });
  try {
    stream.push(packed, true);
  } catch (error) {
    if (error instanceof ImportFormatError) throw error;
    throw new ImportFormatError(
      `This package's collection.anki21b is damaged: it is not valid zstd data (${(error as Error).message}). Export it from Anki again.`,
    );
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
