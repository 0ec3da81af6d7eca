import { expect, test } from 'vitest';
import { quizAssignment, quizQuestions } from '../../../tests/fixtures/quiz';
import type { Question } from '../shared/deck';
import { giftEscape, giftQuestion, toGift } from './gift';

test('escapes every GIFT special character', () => {
  expect(giftEscape('a~b=c#d{e}f:g\\h')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h');
});

test('each question type becomes the matching GIFT question', () => {
  const [leader, year, city, men] = quizQuestions as [Question, Question, Question, Question];
  expect(giftQuestion(leader, 0)).toBe(
    '::Q1 q-leader::Who led the defenders of Fort Amber? {\n  =Captain Mora\n  ~Khalid\n  ~General Voss\n  ~Lady Ines\n####Mora held the fort for forty days.}',
  );
  expect(giftQuestion(year, 1)).toBe(
    '::Q2 q-year::True or false\\: the siege of Fort Amber ended in 1402. {TRUE}',
  );
  expect(giftQuestion(city, 2)).toBe('::Q3 q-city::Which city sent the relief army? {=Velmar =Velmara}');
  // A cloze question keeps its gap in place, and the text after it is escaped.
  expect(giftQuestion(men, 3)).toBe(
    '::Q4 q-men::The relief army counted {=3,000 =3000} riders \\{and some \\#notes\\: \\= \\~\\}.',
  );
  const ordering = {
    ...leader,
    type: 'ordering',
    answer: ['first', 'second'],
    explanation: undefined,
  } as Question;
  expect(giftQuestion(ordering, 4)).toContain('{\n  =first -> 1\n  =second -> 2\n}');
  const matching = {
    ...ordering,
    type: 'matching',
    answer: ['Emesa → Homs', 'Raqqa → Kallinikos'],
  } as Question;
  expect(giftQuestion(matching, 5)).toContain('{\n  =Emesa -> Homs\n  =Raqqa -> Kallinikos\n}');
});

test('the file names its category and holds one block per question', () => {
  const gift = toGift(quizAssignment);
  expect(
    gift.startsWith('// Fort Amber check — exported from Muster\n$CATEGORY: Fort Amber check\n\n::Q1'),
  ).toBe(true);
  expect(gift.match(/^::Q\d/gm)).toHaveLength(4);
});
