import { TransferFormatError } from '../../domain/shared/errors';

/** Reads chosen or dropped files as text, refusing any past `maxBytes` before reading it. */
export async function readFiles(
  files: FileList | null,
  maxBytes: number,
): Promise<{ name: string; text: string }[]> {
  const list = Array.from(files ?? []);
  for (const file of list) {
    if (file.size > maxBytes) {
      throw new TransferFormatError(
        `"${file.name}" is ${Math.round(file.size / 1000)} kB, too big to be a Muster file (the limit is ${maxBytes / 1000} kB). Choose the file Muster made.`,
      );
    }
  }
  return Promise.all(list.map(async (file) => ({ name: file.name, text: await file.text() })));
}
