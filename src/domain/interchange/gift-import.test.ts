import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quizAssignment } from '../../../tests/fixtures/quiz';
import type { Question } from '../shared/deck';
import { ImportFormatError } from '../shared/errors';
import { readCsv } from './csv';
import { toGift } from './gift';
import { readGift } from './gift-import';
import { importedDeck } from './imported-deck';
import { readQuizlet } from './quizlet';

const quiz = readFileSync('tests/fixtures/interchange/emesa-quiz.gift', 'utf8');

describe('readGift, by Moodle’s rules', () => {
  const preview = readGift(quiz);
  const card = (line: number) => preview.cards.find((c) => c.line === line);

  it('reads a multiple-choice question, its right answer’s feedback as the explanation', () => {
    expect(card(5)).toMatchObject({
      type: 'multiple-choice',
      front: 'Who led the Muslim army at Emesa?',
      back: 'Abu Ubaidah',
      options: ['Heraclius', 'Abu Ubaidah', 'Vahan'],
      explanation: 'Yes: Khalid served under him.',
      deck: 'History/Emesa',
    });
  });

  it('puts a gap where the block was when text follows it (missing word)', () => {
    expect(card(11)).toMatchObject({
      type: 'multiple-choice',
      front: 'The city surrendered in ____ after a winter siege.',
      back: '638',
    });
  });

  it('reads true/false with the general feedback first', () => {
    expect(card(14)).toMatchObject({
      type: 'true-false',
      front: 'Emesa is the city now called Homs.',
      back: 'True',
      options: ['True', 'False'],
      explanation: 'Homs lies on the Orontes.',
    });
  });

  it('reads a short answer: full-credit answers accepted, partial credit left out, HTML made text', () => {
    expect(card(16)).toMatchObject({
      type: 'typed',
      front: 'Which river runs by Emesa?',
      back: 'Orontes',
      accepted: ['al-Asi'],
    });
  });

  it('reads matching pairs, leaving out a right item with no left one', () => {
    expect(card(18)).toMatchObject({
      type: 'matching',
      options: ['Emesa', 'Kallinikos', 'Hierapolis'],
      answers: ['Homs', 'Raqqa', 'Manbij'],
    });
  });

  it('reads numbers: a whole tolerance as the numbers it allows, a decimal range in the explanation', () => {
    expect(card(25)).toMatchObject({ type: 'typed', back: '638', accepted: ['637', '639'] });
    expect(card(27)).toMatchObject({ back: '0.5', explanation: 'Any answer from 0.4 to 0.6 is right.' });
  });

  it('skips essays and descriptions, naming the line', () => {
    expect(preview.skipped).toEqual([
      { line: 30, reason: 'an essay question has no answer to check; Muster skips it' },
      { line: 32, reason: 'a description (no {…} answer block), not a question' },
    ]);
  });

  it('follows categories and unescapes \\: \\= \\# \\{ \\}', () => {
    expect(card(36)).toMatchObject({
      front: 'Which of these holds a colon:',
      back: 'a:b',
      options: ['a:b', 'a=b', 'a#b', 'a{b}'],
      deck: 'History/Yarmouk',
    });
  });

  it('makes a valid deck of every question type', () => {
    const deck = importedDeck(preview.cards, {
      title: 'Emesa quiz',
      topic: 'strategy',
      fileName: 'emesa-quiz.gift',
      sha256: 'a'.repeat(64),
      takenIds: new Set(),
    });
    expect(deck.questions.map((q) => q.type)).toEqual([
      'multiple-choice',
      'multiple-choice',
      'true-false',
      'typed',
      'matching',
      'typed',
      'typed',
      'multiple-choice',
    ]);
  });

  it('refuses a file with no question at all', () => {
    expect(() => readGift('// only a comment\n$CATEGORY: x\n')).toThrow(ImportFormatError);
  });
});

describe('GIFT export, read back by the same rules', () => {
  it('keeps every question, a "->" inside a matching item, and the category as written (regression)', () => {
    const matching: Question = {
      ...(quizAssignment.questions[0] as Question),
      id: 'q-arrows',
      type: 'matching',
      prompt: 'Match each step with what follows it.',
      answer: ['a->b', 'c->d'],
      options: ['x -> y', 'plain'],
      explanation: undefined,
    } as Question;
    const gift = toGift({ title: 'Emesa: 638 / 17 AH', questions: [...quizAssignment.questions, matching] });
    expect(gift).toContain('$CATEGORY: Emesa: 638 // 17 AH\n');
    const preview = readGift(gift);
    expect(preview.skipped).toEqual([]);
    expect(preview.cards.map((card) => card.deck)).toEqual(Array(5).fill('Emesa: 638 / 17 AH'));
    expect(preview.cards.map((card) => [card.type, card.back])).toEqual([
      ['multiple-choice', 'Captain Mora'],
      ['true-false', 'True'],
      ['typed', 'Velmar'],
      ['cloze', '3,000'],
      ['matching', 'x → y → a->b; plain → c->d'],
    ]);
    expect(preview.cards[0]?.explanation).toBe('Mora held the fort for forty days.');
  });
});

describe('GIFT given to the other importers', () => {
  it('is refused, with the importer to use, instead of becoming junk cards', () => {
    for (const read of [readCsv, (text: string) => readQuizlet(text, ',')]) {
      expect(() => read(quiz)).toThrow(/Moodle GIFT/);
    }
  });
});
