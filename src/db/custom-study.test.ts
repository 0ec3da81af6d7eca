import { describe, expect, it } from 'vitest';
import { answerCard } from '../../tests/helpers/answer-card';
import { freshDb } from '../../tests/helpers/render-app';
import { parseDeck } from '../domain/shared/deck';
import type { Grade } from '../domain/shared/grades';
import type { CardRecord } from '../domain/study/card';
import { NORMAL_STUDY, type StudyOptions } from '../domain/study/custom-study';
import { studyDay } from '../domain/study/study-day';
import { DEFAULT_STUDY_SETTINGS } from '../domain/study/study-settings';
import { queueFor } from './custom-study';
import { loadDeck } from './load-deck';

const settings = { ...DEFAULT_STUDY_SETTINGS, enableFuzz: false };
const quote = 'Umar himself marched from Medina with 1,000 men.';
const q = (id: string, factId: string, topic: string) => ({
  id,
  factId,
  topic,
  type: 'flashcard',
  prompt: `Question ${id}?`,
  answer: 'An answer',
  source: { section: 'Lead', quote },
});
// Two siblings (one fact), then one question per topic.
const deck = parseDeck({
  id: 'queue-test',
  title: 'Queue test',
  source: { title: 'Queue test', sha256: 'a'.repeat(64) },
  questions: [
    q('umar-men', 'fact-umar', 'numbers'),
    q('umar-men-mc', 'fact-umar', 'numbers'),
    q('who-marched', 'fact-who', 'commanders'),
    q('when', 'fact-when', 'dates'),
    q('where', 'fact-where', 'places'),
  ],
});

async function seeded(now: Date) {
  const db = freshDb();
  await loadDeck(db, deck, { builtIn: false, now });
  return db;
}

async function answer(db: ReturnType<typeof freshDb>, key: string, grade: Grade, at: Date) {
  await answerCard(db, (await db.cards.get(`queue-test/${key}`)) as CardRecord, grade, at);
}

async function queueAt(
  db: ReturnType<typeof freshDb>,
  now: Date,
  zone: string,
  options: StudyOptions = NORMAL_STUDY,
  limits = settings,
) {
  const queue = await queueFor(db, 'queue-test', studyDay(now, limits.dayStartHour, zone), limits, options);
  const ids = (cards: CardRecord[]) => cards.map((card) => card.questionId);
  return { learning: ids(queue.learning), reviews: ids(queue.reviews), fresh: ids(queue.fresh) };
}

describe('the day boundary across time zones', () => {
  // 08:30 UTC is 03:30 in New York (before its 4 AM boundary) and 17:30 in Tokyo.
  const answeredAt = new Date('2026-03-02T08:30:00Z');
  // 09:30 UTC: 04:30 in New York (a new study day), 18:30 in Tokyo (the same day).
  const later = new Date('2026-03-02T09:30:00Z');

  it('buries a sibling until 4 AM local time, wherever the learner is', async () => {
    const db = await seeded(answeredAt);
    await answer(db, 'umar-men', 'easy', answeredAt);
    expect((await queueAt(db, later, 'Asia/Tokyo')).fresh).toEqual(['who-marched', 'when', 'where']);
    expect((await queueAt(db, later, 'America/New_York')).fresh).toEqual([
      'umar-men-mc',
      'who-marched',
      'when',
      'where',
    ]);
  });

  it('counts today’s new cards against the limit only within the same study day', async () => {
    const db = await seeded(answeredAt);
    await answer(db, 'who-marched', 'easy', answeredAt);
    const limits = { ...settings, newPerDay: 2 };
    expect((await queueAt(db, later, 'Asia/Tokyo', NORMAL_STUDY, limits)).fresh).toEqual(['umar-men']);
    expect((await queueAt(db, later, 'America/New_York', NORMAL_STUDY, limits)).fresh).toEqual([
      'umar-men',
      'when',
    ]);
  });
});

describe('queueFor', () => {
  const now = new Date('2026-03-02T12:00:00Z');

  it('keeps to one topic', async () => {
    const db = await seeded(now);
    expect(await queueAt(db, now, 'UTC', { mode: 'normal', topic: 'places', aheadDays: 1 })).toEqual({
      learning: [],
      reviews: [],
      fresh: ['where'],
    });
  });

  it('puts a learning card first, and never a suspended leech', async () => {
    const db = await seeded(now);
    await answer(db, 'when', 'again', now);
    const card = (await db.cards.get('queue-test/where')) as CardRecord;
    await db.cards.put({ ...card, queue: 'suspended', leech: true });
    expect(await queueAt(db, new Date(now.getTime() + 120_000), 'UTC')).toEqual({
      learning: ['when'],
      reviews: [],
      fresh: ['umar-men', 'who-marched'],
    });
  });

  it('studies the cards forgotten today', async () => {
    const db = await seeded(now);
    await answer(db, 'when', 'again', now);
    await answer(db, 'where', 'good', now);
    expect((await queueAt(db, now, 'UTC', { mode: 'forgotten', aheadDays: 1 })).reviews).toEqual(['when']);
  });

  it('reviews ahead only what falls due within N days after today', async () => {
    const db = await seeded(now);
    await answer(db, 'when', 'easy', now); // due in days
    const due = (await db.cards.get('queue-test/when'))?.due ?? 0;
    const days = Math.ceil((due - now.getTime()) / 86_400_000);
    expect((await queueAt(db, now, 'UTC', { mode: 'ahead', aheadDays: days })).reviews).toEqual(['when']);
    expect((await queueAt(db, now, 'UTC', { mode: 'ahead', aheadDays: 1 })).reviews).toEqual([]);
  });

  it('crams every card in deck order, siblings and all', async () => {
    const db = await seeded(now);
    await answer(db, 'when', 'easy', now);
    expect((await queueAt(db, now, 'UTC', { mode: 'cram', aheadDays: 1 })).reviews).toEqual([
      'umar-men',
      'umar-men-mc',
      'who-marched',
      'when',
      'where',
    ]);
  });
});

describe('siblings of different types', () => {
  it('reads each new card’s type, so a first day shows multiple choice as well as flashcards', async () => {
    const now = new Date('2026-03-02T12:00:00Z');
    const choice = (id: string, factId: string) => ({
      ...q(id, factId, 'strategy'),
      type: 'multiple-choice',
      options: ['An answer', 'Another answer'],
    });
    const mixed = parseDeck({
      ...deck,
      id: 'queue-test',
      questions: [
        q('a-card', 'fact-a', 'strategy'),
        choice('a-choice', 'fact-a'),
        q('b-card', 'fact-b', 'strategy'),
        choice('b-choice', 'fact-b'),
      ],
    });
    const db = freshDb();
    await loadDeck(db, mixed, { builtIn: false, now });
    expect((await queueAt(db, now, 'UTC')).fresh).toEqual(['a-card', 'b-choice']);
  });
});
