import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportFormatError } from '../shared/errors';
import { readAnki } from './anki';
import { htmlToText } from './html-text';
import { importedDeck, updatedDeck } from './imported-deck';

const exported = readFileSync('tests/fixtures/interchange/anki-notes-export.txt', 'utf8');
const SHA = 'b'.repeat(64);

describe('Anki "Notes in Plain Text" with guid, note type, deck and tags columns', () => {
  const preview = readAnki(exported);

  it('reads the fields from the field columns, not the guid and the note type (regression)', () => {
    expect(preview.skipped).toEqual([]);
    expect(preview.cards[0]).toMatchObject({
      line: 7,
      front: 'Who led the siege of Emesa?',
      back: 'Abu Ubaidah',
      guid: 'X8r2K7m1P5',
      deck: 'History::Emesa',
      tags: ['commanders', 'siege'],
      type: 'flashcard',
    });
  });

  it('makes two cards of a "Basic (and reversed card)" note, one per direction', () => {
    expect(preview.cards.filter((card) => card.line === 8)).toMatchObject([
      { front: 'Emesa', back: 'Homs', guid: 'q/P=;8wE2x' },
      { front: 'Homs', back: 'Emesa', guid: 'q/P=;8wE2x', cardOf: 'reverse' },
    ]);
  });

  it('makes one card per cloze number, the other deletions shown, Back Extra as the explanation', () => {
    expect(preview.cards.filter((card) => card.line === 9)).toEqual([
      expect.objectContaining({
        front: 'Emesa fell in ____ to Abu Ubaidah.',
        back: '638',
        type: 'cloze',
        cardOf: 'c1',
        explanation: 'The city had held out all winter.',
      }),
      expect.objectContaining({
        front: 'Emesa fell in 638 to ____ (a commander).',
        back: 'Abu Ubaidah',
        cardOf: 'c2',
      }),
    ]);
  });

  it('keeps text after a bare < in HTML (regression: "<code><7</code>" lost its text)', () => {
    expect(preview.cards.at(-1)?.front).toBe('How many days did the battle last? <7');
  });

  it('makes one deck per Anki deck, with ids that stay the same for the same note', () => {
    const deck = importedDeck(
      preview.cards.filter((card) => card.deck === 'History::Emesa'),
      { title: 'Emesa', topic: 'strategy', fileName: 'notes.txt', sha256: SHA, takenIds: new Set() },
    );
    expect(deck.questions.map((q) => [q.id, q.factId, q.type, q.topic])).toEqual([
      ['anki-X8r2K7m1P5', 'anki-X8r2K7m1P5', 'flashcard', 'commanders'],
      ['anki-q%2FP%3D%3B8wE2x', 'anki-q%2FP%3D%3B8wE2x', 'flashcard', 'places'],
      ['anki-q%2FP%3D%3B8wE2x-reverse', 'anki-q%2FP%3D%3B8wE2x', 'flashcard', 'places'],
      ['anki-b1%23%25Lk0z-c1', 'anki-b1%23%25Lk0z', 'cloze', 'dates'],
      ['anki-b1%23%25Lk0z-c2', 'anki-b1%23%25Lk0z', 'cloze', 'dates'],
    ]);
    expect(deck.questions[3]?.explanation).toBe('The city had held out all winter.');
  });
});

describe('re-importing an Anki file', () => {
  it('updates the notes it has again, adds its new ones and keeps the ones it dropped', () => {
    const options = {
      title: 'Emesa',
      topic: 'strategy' as const,
      fileName: 'v1.txt',
      sha256: SHA,
      takenIds: new Set<string>(),
    };
    const header = '#separator:tab\n#guid column:1\n';
    const first = importedDeck(readAnki(`${header}g1\tOld front\tback\ng2\tSecond\tkept\n`).cards, options);
    const second = readAnki(`${header}g3\tNew note\tadded\ng1\tNew front\tback\n`).cards;
    const updated = updatedDeck(first, second, { ...options, fileName: 'v2.txt', sha256: 'c'.repeat(64) });
    expect(updated.id).toBe(first.id);
    expect(updated.questions.map((q) => [q.id, q.prompt])).toEqual([
      ['anki-g1', 'New front'],
      ['anki-g2', 'Second'],
      ['anki-g3', 'New note'],
    ]);
    expect(updated.source).toEqual({ title: 'v2.txt', sha256: 'c'.repeat(64) });
  });
});

describe('Anki headers and comments', () => {
  it('reads the legacy "tags:" first line and skips # comments, even ones holding the separator', () => {
    const preview = readAnki(
      'tags:old-style\n# a comment\twith a tab\nfront\tback\n#later\tcomment\nf2\tb2\n',
    );
    expect(preview.cards.map((card) => [card.line, card.front, card.tags])).toEqual([
      [3, 'front', ['old-style']],
      [5, 'f2', ['old-style']],
    ]);
    expect(preview.skipped).toEqual([]);
  });

  it('honours #deck: and #notetype: for every note', () => {
    const preview = readAnki(
      '#separator:comma\n#deck:Latin\n#notetype:Basic (and reversed card)\nporta,door\n',
    );
    expect(preview.cards.map((card) => [card.front, card.back, card.deck])).toEqual([
      ['porta', 'door', 'Latin'],
      ['door', 'porta', 'Latin'],
    ]);
  });

  it('makes the reverse of an "optional reversed" note only when Add Reverse is filled', () => {
    const preview = readAnki(
      '#separator:tab\n#notetype:Basic (optional reversed card)\n#columns:Front\tBack\tAdd Reverse\na\tb\t\nc\td\ty\n',
    );
    expect(preview.cards.map((card) => `${card.front}→${card.back}`)).toEqual(['a→b', 'c→d', 'd→c']);
  });

  it('treats a field as HTML when the file does not say, as Anki does', () => {
    expect(readAnki('<b>bold</b>\tTom &amp; Jerry\n').cards[0]).toMatchObject({
      front: 'bold',
      back: 'Tom & Jerry',
    });
  });

  it('never throws on an entity out of range (regression: RangeError), and names the line of a bad header', () => {
    expect(readAnki('#html:true\nQ\t&#x110000;\n').cards[0]?.back).toBe('\uFFFD');
    expect(() => readAnki('#separator:tab\n#html:maybe\na\tb')).toThrow(
      /^Line 2: #html: must be true or false/,
    );
    expect(() => readAnki('#guid column:first\na\tb')).toThrow(
      /^Line 1: #guid column: must be a column number/,
    );
  });

  it('skips a second row for a note already read, and notes Muster cannot show, saying why', () => {
    const preview = readAnki(
      '#separator:tab\n#guid column:1\n#notetype column:2\ng1\tBasic\ta\tb\ng1\tBasic\tc\td\ng2\tImage Occlusion\tx\ty\ng3\tCloze\tno deletion\t\n',
    );
    expect(preview.cards).toHaveLength(1);
    expect(preview.skipped).toEqual([
      { line: 5, reason: 'the same note (guid g1) as line 4' },
      { line: 6, reason: expect.stringMatching(/picture/) },
      { line: 7, reason: expect.stringMatching(/no \{\{c1::…\}\} deletion/) },
    ]);
  });

  it('makes a flashcard of a cloze number used twice, the back listing both words', () => {
    const [card] = readAnki('#notetype:Cloze\n{{c1::Emesa}} and {{c1::Damascus}} fell.\t\n').cards;
    expect(card).toMatchObject({ front: '[…] and […] fell.', back: 'Emesa; Damascus', type: 'flashcard' });
  });
});

describe('htmlToText', () => {
  it('follows HTML rules: breaks and blocks end lines, scripts are no text, bare < is text', () => {
    expect(htmlToText('a<br>b<div>c</div>d<script>x()</script>&nbsp;e 1 < 2')).toBe('a\nb\nc\nd e 1 < 2');
  });

  it('starts a block on its own line, once, as a browser lays it out (a field from a real Anki deck)', () => {
    expect(htmlToText('Scapula (spine, acromion)<div>Clavicle (lateral 1/3)</div>')).toBe(
      'Scapula (spine, acromion)\nClavicle (lateral 1/3)',
    );
    expect(htmlToText('a<div><div>b</div></div>c<p>d</p>e')).toBe('a\nb\nc\nd\ne');
  });
});

describe('files of another kind', () => {
  it('refuses a Moodle GIFT file, naming the GIFT importer', () => {
    const gift = '// a quiz\n::Q1:: Who took Emesa? {=Abu Ubaidah ~Khalid}\n\nEmesa is Homs.{T}\n';
    expect(() => readAnki(gift)).toThrow(ImportFormatError);
    expect(() => readAnki(gift)).toThrow(/Moodle GIFT/);
  });

  it('refuses UTF-16 read as text, a zip and an SQLite file', () => {
    expect(() => readAnki('f\u0000r\u0000o\u0000n\u0000t\u0000\t\u0000b\u0000')).toThrow(/UTF-16/);
    expect(() => readAnki('PK\u0003\u0004rest')).toThrow(/zip archive/);
    expect(() => readAnki('SQLite format 3\u0000...')).toThrow(/SQLite/);
  });
});
