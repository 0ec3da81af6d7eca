import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteField, readDelimited, splitLines, writeDelimited } from './delimited';

const read = (text: string, separator: string) => readDelimited(splitLines(text), separator);

describe('quoteField', () => {
  it('quotes only what needs it, doubling quotes', () => {
    expect(quoteField('plain text', ',')).toBe('plain text');
    expect(quoteField('a, b', ',')).toBe('"a, b"');
    expect(quoteField('a, b', '\t')).toBe('a, b');
    expect(quoteField('say "hi"', '\t')).toBe('"say ""hi"""');
    expect(quoteField('two\nlines', '\t')).toBe('"two\nlines"');
    expect(quoteField('a\tb', '\t')).toBe('"a\tb"');
  });
});

describe('readDelimited', () => {
  it('reads quoted fields holding separators, quotes and line breaks, with the line each record starts on', () => {
    const { records, bad } = read('front,back\n"a, b","say ""hi""\nagain"\n\nlast,one\n', ',');
    expect(bad).toEqual([]);
    expect(records).toEqual([
      { line: 1, fields: ['front', 'back'], raw: 'front,back' },
      { line: 2, fields: ['a, b', 'say "hi"\nagain'], raw: '"a, b","say ""hi""\nagain"' },
      { line: 5, fields: ['last', 'one'], raw: 'last,one' },
    ]);
  });

  it('keeps a quote in the middle of an unquoted field as it is', () => {
    expect(read('5" gun,cannon', ',').records[0]?.fields).toEqual(['5" gun', 'cannon']);
  });

  it('reports a quote that never closes, with its line, and goes on with nothing after it', () => {
    const { records, bad } = read('ok,fine\n"broken,field\nnext,row', ',');
    expect(records.map((r) => r.line)).toEqual([1]);
    expect(bad).toEqual([{ line: 2, reason: expect.stringMatching(/never closed/) }]);
  });

  it('reports text after a closing quote', () => {
    expect(read('"a"b,c', ',').bad).toEqual([{ line: 1, reason: expect.stringMatching(/closing quote/) }]);
  });

  it('skips comment and blank lines, keeping the line and text of each record after them', () => {
    const lines = splitLines('#separator:tab\na\tb\n# a comment\twith a tab\n\n  \n"c\nd"\te\nf\tg');
    expect(readDelimited(lines, '\t', 2, '#').records).toEqual([
      { line: 2, fields: ['a', 'b'], raw: 'a\tb' },
      { line: 6, fields: ['c\nd', 'e'], raw: '"c\nd"\te' },
      { line: 8, fields: ['f', 'g'], raw: 'f\tg' },
    ]);
  });

  it('accepts CRLF, a byte-order mark and a multi-character separator', () => {
    expect(read('\uFEFFa::b\r\nc::d\r\n', '::').records.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});

describe('writeDelimited -> readDelimited', () => {
  // Fields of any text but CR (line breaks inside fields come back as LF); a record needs
  // something visible in its first field, since blank lines are skipped.
  const field = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '\t', ';', '"', '\n', '|', 'é', '—') });
  const row = fc.tuple(
    field.filter((f) => f.trim() !== ''),
    fc.array(field, { maxLength: 3 }),
  );
  for (const separator of [',', '\t', ';', '|']) {
    it(`round-trips any rows with separator ${JSON.stringify(separator)}`, () => {
      fc.assert(
        fc.property(fc.array(row, { maxLength: 8 }), (pairs) => {
          const rows = pairs.map(([first, rest]) => [first, ...rest]);
          const { records, bad } = read(writeDelimited(rows, separator), separator);
          expect(bad).toEqual([]);
          expect(records.map((r) => r.fields)).toEqual(rows);
        }),
      );
    });
  }
});
