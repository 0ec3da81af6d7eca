import { describe, expect, it } from 'vitest';
import deckJson from '../../../decks/siege-of-emesa/deck.json';
import { parseDeck, type Question } from '../shared/deck';
import { readAnki } from './anki';
import { readCsv } from './csv';
import { readDelimited, splitLines } from './delimited';
import { exportDeck } from './export-deck';
import { deckIdFor, importedDeck } from './imported-deck';
import { readQuizlet } from './quizlet';

const SHA = 'a'.repeat(64);
const emesa = parseDeck(deckJson);

describe('importedDeck', () => {
  it('makes a valid deck: one flashcard and one fact per card, the line as its source quote', () => {
    const preview = readQuizlet('Emesa\tHoms\n\nKallinikos\tRaqqa');
    const deck = importedDeck(preview.cards, {
      title: 'Cities',
      topic: 'places',
      fileName: 'cities.txt',
      sha256: SHA,
      takenIds: new Set(),
    });
    expect(deck).toMatchObject({
      id: 'cities',
      title: 'Cities',
      source: { title: 'cities.txt', sha256: SHA },
    });
    expect(deck.questions[1]).toEqual({
      id: 'card-2',
      factId: 'card-2',
      topic: 'places',
      type: 'flashcard',
      prompt: 'Kallinikos',
      answer: 'Raqqa',
      source: { section: 'cities.txt, line 3', quote: 'Kallinikos\tRaqqa' },
    });
  });

  it('takes a card’s topic from its tags when one names a topic', () => {
    const preview = readCsv('front,back,tags\nWhen?,638,Dates other\nWho?,Khalid,misc');
    const deck = importedDeck(preview.cards, {
      title: 'T',
      topic: 'strategy',
      fileName: 'f.csv',
      sha256: SHA,
      takenIds: new Set(),
    });
    expect(deck.questions.map((q) => q.topic)).toEqual(['dates', 'strategy']);
  });

  it('never reuses a deck id', () => {
    expect(deckIdFor('Siege of Emesa!', new Set(['siege-of-emesa', 'siege-of-emesa-2']))).toBe(
      'siege-of-emesa-3',
    );
    expect(deckIdFor('—', new Set())).toBe('imported-deck');
  });
});

describe('exporting a real deck and importing it back', () => {
  for (const [format, read] of [
    ['anki', readAnki],
    ['quizlet', (text: string) => readQuizlet(text, '\t')],
    ['csv', readCsv],
  ] as const) {
    it(`${format}: every question comes back as a card with its prompt and topic`, () => {
      const preview = read(exportDeck(format, emesa.id, emesa.questions));
      expect(preview.skipped).toEqual([]);
      expect(preview.cards).toHaveLength(emesa.questions.length);
      const deck = importedDeck(preview.cards, {
        title: 'Again',
        topic: 'strategy',
        fileName: 'x',
        sha256: SHA,
        takenIds: new Set(),
      });
      const flashcards = emesa.questions.filter((q) => !q.options && typeof q.answer === 'string');
      for (const question of flashcards) {
        const back = deck.questions.find((q) => q.prompt === question.prompt);
        expect(back?.answer).toBe(question.answer);
        if (format !== 'quizlet') expect(back?.topic).toBe(question.topic);
      }
    });
  }
});

describe('a deck exported to CSV and imported back', () => {
  it('gives the same questions, though no cell of the file starts like a formula', () => {
    const template = emesa.questions.find((q) => q.type === 'flashcard') as Question;
    const tricky = [
      ['=HYPERLINK("https://example.org","open")', 'a formula'],
      ['How many degrees below zero?', '-5'],
      ['+1 or -1?', '+1'],
      ['@home', "'=already quoted"],
    ];
    const questions = tricky.map(([prompt = '', answer = ''], i) => ({
      ...template,
      id: `t${i}`,
      factId: `t${i}`,
      prompt,
      answer,
    }));
    const text = exportDeck('csv', 'tricky', questions);
    const cells = readDelimited(splitLines(text), ',').records.flatMap((record) => record.fields);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    const deck = importedDeck(readCsv(text).cards, {
      title: 'Tricky',
      topic: 'strategy',
      fileName: 'tricky.csv',
      sha256: SHA,
      takenIds: new Set(),
    });
    expect(deck.questions.map((q) => [q.prompt, q.answer])).toEqual(tricky);
  });
});
