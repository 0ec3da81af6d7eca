import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { TransferFormatError } from '../shared/errors';
import {
  decodeEnvelope,
  type EnvelopeKind,
  encodeEnvelope,
  envelopeText,
  fromBase64Url,
  toBase64Url,
} from './link-codec';

const kind: EnvelopeKind = {
  tag: 'a',
  version: 1,
  noun: 'test link',
  maxEncodedChars: 5000,
  maxJsonBytes: 20_000,
};

async function deflated(text: string): Promise<string> {
  const stream = new Response(text).body?.pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

/** A code with a valid checksum around any data, as a forger who read our source could make. */
async function forge(data: string, head = 'a1'): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${head}.${data}`));
  return `muster.${head}.${data}.${toBase64Url(new Uint8Array(digest).subarray(0, 12))}`;
}

describe('link codec', () => {
  test('round-trips JSON, including non-ASCII text', async () => {
    const value = { title: 'Ḥimṣ — حمص', list: [1, 2, 3], nested: { ok: true } };
    const code = await encodeEnvelope(kind, value);
    expect(code).toMatch(/^muster\.a1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{16}$/);
    expect(await decodeEnvelope(kind, code)).toEqual(value);
  });

  test('finds the code inside a whole link and across line breaks a mail client added', async () => {
    const code = await encodeEnvelope(kind, { n: 42 });
    const link = `https://example.org/a#${code.slice(0, 20)}\n  ${code.slice(20)}`;
    expect(await decodeEnvelope(kind, link)).toEqual({ n: 42 });
  });

  test('refuses a code with one character changed', async () => {
    const code = await encodeEnvelope(kind, { student: 'Ana', score: 3 });
    const at = code.indexOf('.', 8) + 5;
    const tampered = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    await expect(decodeEnvelope(kind, tampered)).rejects.toThrow(/damaged: it was cut short or changed/);
  });

  test('refuses a code cut short', async () => {
    const code = await encodeEnvelope(kind, { student: 'Ana', score: 3 });
    await expect(decodeEnvelope(kind, code.slice(0, -5))).rejects.toThrow(TransferFormatError);
    await expect(decodeEnvelope(kind, code.slice(0, code.lastIndexOf('.')))).rejects.toThrow(/damaged/);
  });

  test('refuses other kinds, other versions and foreign text, saying what to do', async () => {
    await expect(decodeEnvelope(kind, 'hello')).rejects.toThrow(/should start with "muster\."/);
    await expect(decodeEnvelope(kind, await forge('abc', 'r1'))).rejects.toThrow(/another kind/);
    await expect(decodeEnvelope(kind, await forge('abc', 'a2'))).rejects.toThrow(/newer version of Muster/);
  });

  test('refuses a decompression bomb while inflating: a small code that inflates past the limit', async () => {
    const bomb = await deflated(`{"x":"${'a'.repeat(2_000_000)}"}`);
    expect(bomb.length).toBeLessThan(kind.maxEncodedChars);
    await expect(decodeEnvelope(kind, await forge(bomb))).rejects.toThrow(/more than 20 kB of data/);
  });

  test('refuses an oversized code before decoding it', async () => {
    await expect(decodeEnvelope(kind, `muster.a1.${'A'.repeat(10_000)}.x`)).rejects.toThrow(
      /characters long/,
    );
  });

  test('refuses valid checksums around data that is not deflate or not JSON', async () => {
    await expect(decodeEnvelope(kind, await forge('AAAAAAAA'))).rejects.toThrow(/cannot be read/);
    await expect(decodeEnvelope(kind, await forge(await deflated('not json')))).rejects.toThrow(
      /cannot be read/,
    );
  });

  test('base64url round trip and rejection of foreign characters', () => {
    const bytes = new Uint8Array([0, 251, 255, 62, 63, 10]);
    expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
    expect(fromBase64Url('ab+/')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });

  test('base64url is the same text as Node writes, for any bytes, and reads back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });
});

test('envelopeText keeps the code alone, from a link or a code broken over lines', () => {
  expect(envelopeText('https://x.org/a#muster.a1.AbC-_.xyz')).toBe('muster.a1.AbC-_.xyz');
  expect(envelopeText('muster.a1.Ab\n  Cd.xy\nz", "other": 1}')).toBe('muster.a1.AbCd.xyz');
  expect(envelopeText('no code here')).toBe('nocodehere');
});
