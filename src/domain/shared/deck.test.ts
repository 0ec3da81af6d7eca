import { describe, expect, it } from 'vitest';
import { answerText, parseDeck, parseDeckJson } from './deck';
import { DeckFormatError } from './errors';

const question = {
  id: 'q1',
  factId: 'f1',
  topic: 'dates',
  type: 'flashcard',
  prompt: 'When?',
  answer: '638',
  source: { section: 'Infobox', quote: 'Date: 638 AD/17 AH' },
};
const deck = {
  id: 'tiny',
  title: 'Tiny',
  source: { title: 'Tiny', sha256: 'a'.repeat(64) },
  questions: [question],
};

describe('answerText', () => {
  it('shows an ordering answer as a sequence and a matching answer as pairs', () => {
    expect(answerText({ type: 'typed', answer: '638' })).toBe('638');
    expect(answerText({ type: 'ordering', answer: ['Hit', 'Circesium'] })).toBe('Hit → Circesium');
    expect(answerText({ type: 'matching', answer: ['Khalid: Rashidun', 'Heraclius: Byzantine'] })).toBe(
      'Khalid: Rashidun; Heraclius: Byzantine',
    );
  });
});

describe('parseDeck', () => {
  it('accepts a deck in the contract', () => {
    expect(parseDeck(deck).questions).toHaveLength(1);
  });

  it('names the field that is wrong', () => {
    expect(() => parseDeck({ ...deck, questions: [{ ...question, topic: 'battles' }] })).toThrow(
      /questions\.0\.topic/,
    );
  });

  it('keeps where a deck was read, and refuses a source address that is not https', () => {
    const wiki = {
      ...deck.source,
      url: 'https://en.wikipedia.org/wiki/Siege_of_Emesa',
      revision: 1187745012,
      licence: 'CC BY-SA 4.0',
    };
    expect(parseDeck({ ...deck, source: wiki }).source).toEqual(wiki);
    expect(() => parseDeck({ ...deck, source: { ...wiki, url: 'javascript:alert(1)' } })).toThrow(
      /source\.url/,
    );
    expect(() => parseDeck({ ...deck, source: { ...wiki, revision: 1.5 } })).toThrow(/source\.revision/);
  });

  it('refuses two questions with one id', () => {
    expect(() => parseDeck({ ...deck, questions: [question, question] })).toThrow(DeckFormatError);
  });

  it('refuses text that is not JSON, with a sentence saying what to do', () => {
    expect(() => parseDeckJson('{ nope')).toThrow(/not valid JSON/);
  });
});
