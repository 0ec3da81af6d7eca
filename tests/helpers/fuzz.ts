import fc from 'fast-check';
import { expect } from 'vitest';

/** Generated cases per decoder in `npm test` (issue 15 asks for at least 2,000). */
export const RUNS = 2000;

/** Pieces that break parsers: separators, quotes, markup, entities, odd code points, big numbers, long runs. */
export const HOSTILE = [
  '\t',
  '\n',
  '\r\n',
  '\r',
  '"',
  "'",
  ',',
  ';',
  '|',
  ':',
  '.',
  '#separator:pipe\n',
  '#html:true\n',
  '#columns:Back Front\n',
  '&amp;',
  '&#65;',
  '&#x1F600;',
  '<b>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '\u0000',
  '\uFEFF',
  '\uFFFF',
  '\uD800',
  '\u202E',
  '{',
  '}',
  '[',
  ']',
  'null',
  '1e999',
  '-0',
  '=1+1',
  '= Title =\n',
  '== Section ==\n',
  'Infobox\n',
  '- Key: value, 4,000,, x\n',
  '"__proto__":',
  'constructor',
  'muster.',
  'a'.repeat(2100),
  '9'.repeat(400),
];

type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'repeat'; at: number; length: number; times: number };

const at = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at,
    text: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary', maxLength: 12 })),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at,
    length: fc.integer({ min: 1, max: 60 }),
    times: fc.integer({ min: 2, max: 30 }),
  }),
);

function apply(text: string, change: Mutation): string {
  const i = text.length === 0 ? 0 : change.at % (text.length + 1);
  switch (change.kind) {
    case 'delete':
      return text.slice(0, i) + text.slice(i + change.length);
    case 'insert':
      return text.slice(0, i) + change.text + text.slice(i);
    case 'truncate':
      return text.slice(0, i);
    case 'repeat':
      return text.slice(0, i) + text.slice(i, i + change.length).repeat(change.times) + text.slice(i);
  }
}

/** A valid input with one to five random mutations. */
export const mutationOf = (valid: string): fc.Arbitrary<string> =>
  fc.array(mutation, { minLength: 1, maxLength: 5 }).map((changes) => changes.reduce(apply, valid));

/** Mutated valid inputs (most cases), valid ones untouched, and free text of any code points. */
export const hostileInput = (...valid: string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...valid).chain(mutationOf) },
    { weight: 1, arbitrary: fc.constantFrom(...valid) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
    {
      weight: 1,
      arbitrary: fc.array(fc.constantFrom(...HOSTILE), { maxLength: 30 }).map((parts) => parts.join('')),
    },
  );

/**
 * The decoder's contract: it returns a value that passes `check`, or throws `refusal` (one of
 * the project's typed errors) with a sentence; anything else (a TypeError, a RangeError) fails.
 */
export async function acceptedOrRefused<T>(
  decode: () => T | Promise<T>,
  refusal: abstract new (...args: never[]) => Error,
  check: (value: T) => void,
): Promise<void> {
  let value: T;
  try {
    value = await decode();
  } catch (error) {
    if (!(error instanceof refusal)) throw error;
    expect(error.message.length).toBeGreaterThan(20);
    return;
  }
  check(value);
}
