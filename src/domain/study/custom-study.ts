import { TOPICS, type Topic } from '../shared/deck';
import { z } from '../shared/validation';
import type { CardRecord } from './card';
import type { StudyQueue } from './queue';

/**
 * How a session picks its cards. `normal` is today's queue; the others are Anki's custom
 * study: cards forgotten today, reviews due in the next N days, or a cram over every card
 * that never touches the schedule. Any mode can keep to one topic.
 */
export type StudyMode = 'normal' | 'forgotten' | 'ahead' | 'cram';

export interface StudyOptions {
  mode: StudyMode;
  topic?: Topic;
  /** For `ahead`: how many days past today to pull reviews from (1–365). */
  aheadDays: number;
}

export const NORMAL_STUDY: StudyOptions = { mode: 'normal', aheadDays: 0 };

const optionsSchema = z.object({
  mode: z.optional(z.enum(['normal', 'forgotten', 'ahead', 'cram'])),
  topic: z.optional(z.enum(TOPICS)),
  days: z.optional(z.string().check(z.regex(/^[1-9]\d{0,2}$/))),
});

/**
 * Reads study options from a URL's search parameters (outside input: validated, with a
 * length limit). Anything unknown falls back to a normal session rather than failing.
 */
export function parseStudyOptions(search: URLSearchParams): StudyOptions {
  const raw = Object.fromEntries([...search.entries()].filter(([, value]) => value.length <= 20));
  const parsed = optionsSchema.safeParse({ mode: raw.mode, topic: raw.topic, days: raw.days });
  if (!parsed.success) return NORMAL_STUDY;
  const days = Math.min(365, Number(parsed.data.days ?? 1));
  return { mode: parsed.data.mode ?? 'normal', topic: parsed.data.topic, aheadDays: days };
}

/** The URL search string for options, the inverse of parseStudyOptions. */
export function studyOptionsSearch(options: StudyOptions): string {
  const params = new URLSearchParams();
  if (options.mode !== 'normal') params.set('mode', options.mode);
  if (options.topic) params.set('topic', options.topic);
  if (options.mode === 'ahead') params.set('days', String(options.aheadDays));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function describeStudy(options: StudyOptions): string {
  const topic = options.topic ? ` (${options.topic} only)` : '';
  switch (options.mode) {
    case 'normal':
      return `Today's cards${topic}`;
    case 'forgotten':
      return `Cards forgotten today${topic}`;
    case 'ahead':
      return `Reviews due in the next ${options.aheadDays} day${options.aheadDays === 1 ? '' : 's'}${topic}`;
    case 'cram':
      return `Cram${topic}: practice only, your schedule is not changed`;
  }
}

/** Whether grades in this mode are written (card + review log). Cram never writes. */
export function writesSchedule(options: StudyOptions): boolean {
  return options.mode !== 'cram';
}

export const onTopic = (topic: Topic | undefined) => (card: CardRecord) => !topic || card.topic === topic;

/** A queue of just these cards, in the given order, with no limits (custom study). */
export function customQueue(cards: CardRecord[]): StudyQueue {
  const seen = new Set<string>();
  const kept = cards.filter((card) => !seen.has(card.key) && seen.add(card.key));
  return {
    learning: [],
    reviews: kept,
    fresh: [],
    buriedFacts: new Set(),
    burySiblings: false,
    learnAhead: false,
  };
}

/**
 * In cram mode a grade changes only the session: Again brings the card back in a minute,
 * any other grade lets it go. The stored card is left alone.
 */
export function crammedCard(card: CardRecord, again: boolean, now: number): CardRecord {
  return again
    ? { ...card, queue: 'learning', due: now + 60_000 }
    : { ...card, queue: 'review', due: Infinity };
}
