import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportFormatError } from '../shared/errors';
import { detectSeparator, type ExportCard, readAnki, writeAnki } from './anki';
import { readCsv, writeCsv } from './csv';
import { splitLines } from './delimited';
import { htmlToText } from './html-text';
import { MAX_IMPORT_CARDS, MAX_IMPORT_CHARS } from './import-preview';
import { readQuizlet, writeQuizlet } from './quizlet';

// Cards with every awkward character a field can hold.
const cards: ExportCard[] = [
  { front: 'Who held Emesa in 636?', back: 'The Byzantine garrison', tags: ['commanders'] },
  { front: 'A "quoted" word, and a comma', back: 'Two\nlines', tags: ['places', 'extra'] },
  { front: 'Tab\tinside', back: 'semicolon; pipe | colon:', tags: [] },
  { front: 'Ünïcödé — dash', back: '4,000 men', tags: ['numbers'] },
];
const sides = (list: { front: string; back: string }[]) => list.map(({ front, back }) => ({ front, back }));

describe('Anki text', () => {
  it('writes the header lines Anki reads', () => {
    const text = writeAnki(cards.slice(0, 1), ['muster', 'siege-of-emesa']);
    expect(text.split('\n').slice(0, 6)).toEqual([
      '#separator:tab',
      '#html:false',
      '#columns:Front\tBack\tTags',
      '#tags column:3',
      '#tags:muster siege-of-emesa',
      'Who held Emesa in 636?\tThe Byzantine garrison\tcommanders',
    ]);
  });

  it('round-trips every card, quoting tabs, quotes and line breaks, with the deck tags added', () => {
    const preview = readAnki(writeAnki(cards, ['muster']));
    expect(preview.skipped).toEqual([]);
    expect(sides(preview.cards)).toEqual(sides(cards));
    expect(preview.cards.map((c) => c.tags)).toEqual(cards.map((c) => ['muster', ...c.tags]));
    expect(preview.cards.map((c) => c.line)).toEqual([6, 7, 9, 10]);
  });

  it('round-trips any card text, even a front that looks like a header line', () => {
    const side = fc
      .string({ unit: fc.constantFrom('a', '#', ':', '\t', '"', '\n', ' ', ',', ';', 'é'), minLength: 1 })
      .map((text) => text.trim())
      .filter((text) => text !== '');
    const card = fc.record({ front: side, back: side, tags: fc.constant<string[]>([]) });
    fc.assert(
      fc.property(fc.array(card, { minLength: 1, maxLength: 6 }), (list) => {
        const preview = readAnki(writeAnki(list, []));
        expect(preview.skipped).toEqual([]);
        expect(sides(preview.cards)).toEqual(sides(list));
      }),
    );
    expect(sides(readAnki(writeAnki([{ front: '#deck:x', back: 'y', tags: [] }], [])).cards)).toEqual([
      { front: '#deck:x', back: 'y' },
    ]);
  });

  it('honours #separator, #columns (in any order) and #html', () => {
    const text = [
      '#separator:Semicolon',
      '#html:true',
      '#notetype:Basic',
      '#columns:Tags;Back;Front',
      'dates;<b>638</b> AD;When did Emesa fall?<br>Give the year',
      'x;"Tom &amp; Jerry";Who?',
    ].join('\n');
    const preview = readAnki(text);
    expect(preview.cards).toMatchObject([
      { line: 5, front: 'When did Emesa fall?\nGive the year', back: '638 AD', tags: ['dates'] },
      { line: 6, front: 'Who?', back: 'Tom & Jerry', tags: ['x'] },
    ]);
  });

  it('detects the separator when there is no header', () => {
    expect(readAnki('one\ttwo, three\nfour\tfive').cards.map((c) => c.back)).toEqual(['two, three', 'five']);
    expect(readAnki('a;b\nc;d').cards.map((c) => c.back)).toEqual(['b', 'd']);
    expect(detectSeparator(splitLines('a, b|c\nd, e|f'))).toBe('|');
    expect(detectSeparator(splitLines('a, b\nc, d'))).toBe(',');
  });

  it('skips bad lines and says why, with line numbers', () => {
    const preview = readAnki(
      '#separator:tab\ngood\tcard\nno back here\n\tno front\nback empty\t\n"open\tquote',
    );
    expect(preview.cards.map((c) => c.line)).toEqual([2]);
    expect(preview.skipped).toEqual([
      { line: 3, reason: 'only one field: a card needs a front and a back' },
      { line: 4, reason: 'the front is empty' },
      { line: 5, reason: 'the back is empty' },
      { line: 6, reason: expect.stringMatching(/never closed/) },
    ]);
  });

  it('refuses an unknown separator name', () => {
    expect(() => readAnki('#separator:Wavy\na~b')).toThrow(ImportFormatError);
  });

  it('turns HTML entities and breaks into text', () => {
    expect(htmlToText('a&lt;b&gt;&#39;c&#x41;<div>d</div>e&nope;')).toBe("a<b>'cA\nd\ne&nope;");
  });
});

describe('Quizlet text', () => {
  it('round-trips term and definition; tabs and line breaks inside a side become spaces', () => {
    const preview = readQuizlet(writeQuizlet(cards), '\t');
    expect(preview.skipped).toEqual([]);
    expect(sides(preview.cards)).toEqual(
      sides(cards).map(({ front, back }) => ({
        front: front.replace('\t', ' '),
        back: back.replace('\n', ' '),
      })),
    );
  });

  it('splits at the first separator only, for comma and custom separators', () => {
    expect(sides(readQuizlet('Emesa, Homs,a city, on the Orontes', ',').cards)).toEqual([
      { front: 'Emesa', back: 'Homs,a city, on the Orontes' },
    ]);
    expect(sides(readQuizlet('Raqqa -- Kallinikos\nnothing here', ' -- ').cards)).toEqual([
      { front: 'Raqqa', back: 'Kallinikos' },
    ]);
    expect(readQuizlet('Raqqa -- Kallinikos\nnothing here', ' -- ').skipped).toEqual([
      { line: 2, reason: 'no " -- " between term and definition' },
    ]);
  });
});

describe('CSV', () => {
  it('round-trips every card through RFC 4180 (CRLF, quotes doubled)', () => {
    const text = writeCsv(cards);
    expect(text.startsWith('front,back,tags\r\n')).toBe(true);
    expect(text).toContain('"A ""quoted"" word, and a comma","Two\nlines",places extra\r\n');
    const preview = readCsv(text);
    expect(preview.skipped).toEqual([]);
    expect(sides(preview.cards)).toEqual(sides(cards));
    expect(preview.cards.map((c) => c.tags)).toEqual(cards.map((c) => c.tags));
  });

  it('defuses cells a spreadsheet would run as formulas, and reads them back as written', () => {
    const tricky: ExportCard[] = [
      { front: '=HYPERLINK("https://example.org","open")', back: '-5', tags: ['-minus', 'ok'] },
      { front: '@home', back: "'=already quoted", tags: [] },
      { front: "It's +1", back: '+1', tags: [] },
    ];
    const text = writeCsv(tricky);
    expect(text.split('\r\n').slice(1, 4)).toEqual([
      `"'=HYPERLINK(""https://example.org"",""open"")",'-5,'-minus ok`,
      "'@home,''=already quoted,",
      "It's +1,'+1,",
    ]);
    const preview = readCsv(text);
    expect(sides(preview.cards)).toEqual(sides(tricky));
    expect(preview.cards.map((c) => c.tags)).toEqual(tricky.map((c) => c.tags));
  });

  it('round-trips any card text, formula characters and apostrophes included', () => {
    const side = fc
      .string({ unit: fc.constantFrom('a', "'", '=', '+', '-', '@', '\t', '"', ',', ' '), minLength: 1 })
      .map((text) => text.trim())
      .filter((text) => text !== '');
    const tag = fc.string({ unit: fc.constantFrom('a', "'", '=', '-', '@'), minLength: 1 });
    const card = fc.record({ front: side, back: side, tags: fc.array(tag, { maxLength: 2 }) });
    fc.assert(
      fc.property(fc.array(card, { minLength: 1, maxLength: 6 }), (list) => {
        const preview = readCsv(writeCsv(list));
        expect(preview.skipped).toEqual([]);
        expect(sides(preview.cards)).toEqual(sides(list));
        expect(preview.cards.map((c) => c.tags)).toEqual(list.map((c) => c.tags));
      }),
    );
  });

  it('uses a header to find the columns, and reads headerless files as front, back', () => {
    expect(sides(readCsv('Definition,Term\nCity on the Orontes,Emesa').cards)).toEqual([
      { front: 'Emesa', back: 'City on the Orontes' },
    ]);
    expect(sides(readCsv('Emesa,Homs').cards)).toEqual([{ front: 'Emesa', back: 'Homs' }]);
  });
});

describe('limits', () => {
  it('refuses files over the size limit and empty files', () => {
    expect(() => readCsv('a,b\n'.repeat(MAX_IMPORT_CHARS / 4 + 1))).toThrow(/at most 2,000,000/);
    expect(() => readQuizlet('  \n')).toThrow(/empty/);
  });

  it('skips cards past the most a deck may hold, saying so', () => {
    const preview = readQuizlet(
      Array.from({ length: MAX_IMPORT_CARDS + 2 }, (_, i) => `t${i}\td${i}`).join('\n'),
    );
    expect(preview.cards).toHaveLength(MAX_IMPORT_CARDS);
    expect(preview.skipped).toEqual([
      { line: MAX_IMPORT_CARDS + 1, reason: `a deck holds at most ${MAX_IMPORT_CARDS} cards` },
      { line: MAX_IMPORT_CARDS + 2, reason: `a deck holds at most ${MAX_IMPORT_CARDS} cards` },
    ]);
  });
});

describe('Quizlet rows', () => {
  it('reads rows separated by semicolons, as Quizlet exports them when asked', () => {
    const preview = readQuizlet('Emesa\tHoms;Kallinikos\tRaqqa;', '\t', ';');
    expect(preview.cards.map((card) => [card.front, card.back])).toEqual([
      ['Emesa', 'Homs'],
      ['Kallinikos', 'Raqqa'],
    ]);
  });

  it('keeps every line of a multi-line definition with a custom row separator, naming each row’s line', () => {
    const text = 'Emesa - Homs\non the Orontes\n###\nRaqqa - Kallinikos\n###\nno separator here';
    const preview = readQuizlet(text, ' - ', '\n###\n');
    expect(preview.cards.map((card) => [card.line, card.front, card.back])).toEqual([
      [1, 'Emesa', 'Homs\non the Orontes'],
      [4, 'Raqqa', 'Kallinikos'],
    ]);
    expect(preview.skipped).toEqual([{ line: 6, reason: 'no " - " between term and definition' }]);
  });
});
