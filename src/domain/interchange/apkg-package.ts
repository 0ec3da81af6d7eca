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

const MB = (bytes: number) => `${Math.round(bytes / 1_000_000).toLocaleString('en-GB')} MB`;

/**
 * The SQLite collection inside an .apkg (a zip): `collection.anki21b` (zstd-compressed,
 * Anki 2.1.50 and later) before `collection.anki21` before `collection.anki2`, as Anki picks
 * them. Only collection files are unpacked, each only after its declared size is checked.
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

/**
 * The largest window any zstd frame of `data` declares (RFC 8878, 3.1.1). A decoder allocates
 * a frame's window as soon as it reads the header, so ten bytes could ask for 2 GB: the frames
 * are walked, block header by block header, before any is decoded. Damaged data ends the walk;
 * the decoder then says what is wrong.
 */
export function largestZstdWindow(data: Uint8Array): number {
  let at = 0;
  let largest = 0;
  const byte = (i: number) => data[i] ?? 0;
  const littleEndian = (from: number, length: number) => {
    let value = 0;
    for (let i = length - 1; i >= 0; i--) value = value * 256 + byte(from + i);
    return value;
  };
  while (at + 4 < data.length) {
    const magic = littleEndian(at, 4);
    if (magic >>> 4 === 0x184d2a5) {
      at += 8 + littleEndian(at + 4, 4); // a skippable frame: its size follows the magic
      continue;
    }
    if (magic !== 0xfd2fb528) break;
    const descriptor = byte(at + 4);
    const singleSegment = (descriptor >> 5) & 1;
    const sizeFlag = descriptor >> 6;
    const dictionaryBytes = [0, 1, 2, 4][descriptor & 3] ?? 0;
    const contentSizeBytes = sizeFlag === 0 ? singleSegment : 1 << sizeFlag;
    let header = at + 5;
    let window = 0;
    if (!singleSegment) {
      const windowDescriptor = byte(header);
      const base = 2 ** (10 + (windowDescriptor >> 3));
      window = base + (base / 8) * (windowDescriptor & 7);
      header += 1;
    }
    header += dictionaryBytes;
    if (singleSegment) window = littleEndian(header, contentSizeBytes) + (sizeFlag === 1 ? 256 : 0);
    largest = Math.max(largest, window);
    at = header + contentSizeBytes;
    for (let last = 0; !last && at + 3 <= data.length; ) {
      const block = littleEndian(at, 3);
      last = block & 1;
      // An RLE block (type 1) stores one byte however many it stands for.
      at += 3 + (((block >> 1) & 3) === 1 ? 1 : block >>> 3);
    }
    if ((descriptor >> 2) & 1) at += 4; // the content checksum
  }
  return largest;
}

/** zstd, streamed so that a frame that unpacks past the limit is stopped instead of filling memory. */
function unzstd(packed: Uint8Array): Uint8Array {
  const window = largestZstdWindow(packed);
  if (window > MAX_COLLECTION_BYTES) {
    throw new ImportFormatError(
      `This package's collection.anki21b needs a ${MB(window)} window to unpack; an import takes at most ${MB(MAX_COLLECTION_BYTES)}. Export it from Anki again.`,
    );
  }
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
