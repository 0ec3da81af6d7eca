/** What a file's bytes were read as, for the message shown beside the preview. */
export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

/**
 * A text file's bytes as text, whatever Excel, Anki, Quizlet or Notepad saved it in: a
 * byte-order mark says UTF-8 or UTF-16; without one, a NUL beside most ASCII letters says
 * UTF-16 (little- or big-endian by which side it is on); bytes that are not valid UTF-8 are
 * the Windows code page that Excel's plain "CSV" uses in Western Europe.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decode('utf-8', bytes.subarray(3)), encoding: 'UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'UTF-16BE' };
  const sixteen = utf16WithoutMark(bytes);
  if (sixteen)
    return { text: decode(sixteen === 'UTF-16LE' ? 'utf-16le' : 'utf-16be', bytes), encoding: sixteen };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: decode('windows-1252', bytes), encoding: 'Windows-1252' };
  }
}

function decode(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label).decode(bytes);
}

/** Little-endian UTF-16 of ASCII text has a NUL at every odd byte; big-endian at every even one. */
function utf16WithoutMark(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  if (sample.length < 4) return undefined;
  let oddNulls = 0;
  let evenNulls = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 1) oddNulls += 1;
      else evenNulls += 1;
    }
  }
  const pairs = sample.length / 2;
  if (oddNulls > pairs * 0.6 && evenNulls < pairs * 0.1) return 'UTF-16LE';
  if (evenNulls > pairs * 0.6 && oddNulls < pairs * 0.1) return 'UTF-16BE';
  return undefined;
}
