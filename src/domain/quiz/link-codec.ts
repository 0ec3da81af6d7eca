import { base64urlnopad } from '@scure/base';
import { TransferFormatError } from '../shared/errors';

/**
 * The envelope every assignment link and result code travels in:
 *
 *   muster.<kind><version>.<data>.<check>
 *
 * data  = base64url(deflate-raw(UTF-8 JSON))
 * check = base64url(first 12 bytes of SHA-256("<kind><version>.<data>"))
 *
 * The checksum catches a code that was cut short or changed by hand (or by a mail client);
 * it is not a signature. Both the encoded and the inflated sizes are bounded, and the
 * inflated size is checked while streaming, so a tiny "decompression bomb" is refused
 * before it fills the memory.
 */
export interface EnvelopeKind {
  /** One letter: "a" assignment, "r" result. */
  tag: string;
  version: number;
  /** What the user calls it, in messages: "assignment link", "result code". */
  noun: string;
  maxEncodedChars: number;
  maxJsonBytes: number;
}

const PREFIX = 'muster.';
const CHECK_BYTES = 12;

/** URL-safe base64 without padding (RFC 4648 §5), so a link needs no escaping. */
export function toBase64Url(bytes: Uint8Array): string {
  return base64urlnopad.encode(bytes);
}

/** The bytes, or null for text that is not canonical unpadded base64url. */
export function fromBase64Url(text: string): Uint8Array | null {
  try {
    return base64urlnopad.decode(text);
  } catch {
    return null;
  }
}

export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

/** A short hex fingerprint of a text (SHA-256, first 16 bytes). */
export async function fingerprint(text: string): Promise<string> {
  const digest = await sha256(new TextEncoder().encode(text));
  return Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}

function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes as Uint8Array<ArrayBuffer>);
      controller.close();
    },
  });
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = streamOf(bytes).pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates, giving up (null) as soon as the output passes `maxBytes` or the data is not deflate. */
async function inflate(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array | 'too-big' | null> {
  const reader = streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return 'too-big';
      }
      chunks.push(value);
    }
  } catch {
    return null;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

async function checkOf(head: string): Promise<string> {
  return toBase64Url((await sha256(new TextEncoder().encode(head))).subarray(0, CHECK_BYTES));
}

export async function encodeEnvelope(kind: EnvelopeKind, value: unknown): Promise<string> {
  const data = toBase64Url(await deflate(new TextEncoder().encode(JSON.stringify(value))));
  const head = `${kind.tag}${kind.version}.${data}`;
  const code = `${PREFIX}${head}.${await checkOf(head)}`;
  if (code.length > kind.maxEncodedChars) {
    throw new TransferFormatError(
      `This ${kind.noun} would be ${code.length} characters long; the limit is ${kind.maxEncodedChars}. Use fewer questions.`,
    );
  }
  return code;
}

/**
 * The envelope alone, from pasted text: a whole link, or a code that a mail client broke
 * over lines. What follows the three parts (the rest of a file, say) is dropped.
 */
export function envelopeText(input: string): string {
  const compact = input.replace(/\s+/g, '');
  const start = compact.indexOf(PREFIX);
  if (start < 0) return compact;
  const match = /^muster\.[A-Za-z0-9_-]*(\.[A-Za-z0-9_-]*){0,2}/.exec(compact.slice(start));
  return match ? match[0] : compact.slice(start);
}

/**
 * Finds the envelope in pasted text (a whole link, a code with spaces or line breaks from a
 * mail client) and returns its JSON, not yet validated: the caller checks it with zod.
 */
export async function decodeEnvelope(kind: EnvelopeKind, input: string): Promise<unknown> {
  const bad = (what: string) => new TransferFormatError(`This ${kind.noun} ${what}`);
  const compact = input.replace(/\s+/g, '');
  if (compact.length > kind.maxEncodedChars + 2000) {
    throw bad(
      `is ${compact.length} characters long, more than any real one. Check that you pasted the right thing.`,
    );
  }
  const envelope = envelopeText(compact);
  if (!envelope.startsWith(PREFIX)) {
    throw bad(`is not a Muster ${kind.noun}: it should start with "muster.". Copy it again, whole.`);
  }
  const parts = envelope.slice(PREFIX.length).split('.');
  const [tagVersion = '', data = '', check = ''] = parts;
  const match = /^([a-z])(\d+)$/.exec(tagVersion);
  if (!match || match[1] !== kind.tag) {
    throw bad(
      `is not a ${kind.noun} (it is another kind of Muster code). Check that you pasted the right thing.`,
    );
  }
  if (Number(match[2]) !== kind.version) {
    throw bad(
      `was made by a ${Number(match[2]) > kind.version ? 'newer' : 'different'} version of Muster. Update the app (reload it), then open it again.`,
    );
  }
  if (parts.length !== 3 || check !== (await checkOf(`${tagVersion}.${data}`))) {
    throw bad('is damaged: it was cut short or changed. Copy it again, whole, from the original.');
  }
  const bytes = fromBase64Url(data);
  const json = bytes && (await inflate(bytes, kind.maxJsonBytes));
  if (json === 'too-big') {
    throw bad(
      `holds more than ${kind.maxJsonBytes / 1000} kB of data, more than any real one; it was refused.`,
    );
  }
  if (!json) throw bad('is damaged: its data cannot be read. Ask for a new one.');
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    throw bad('is damaged: its data cannot be read. Ask for a new one.');
  }
}
