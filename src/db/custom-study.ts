import { DAY } from '../domain/shared/time';
import type { CardRecord } from '../domain/study/card';
import { customQueue, onTopic, type StudyOptions } from '../domain/study/custom-study';
import { buildQueue, type StudyQueue } from '../domain/study/queue';
import type { StudyDay } from '../domain/study/study-day';
import type { StudySettings } from '../domain/study/study-settings';
import type { AppDB } from './app-db';
import { loadQueueSource, reviewsOfDay } from './study';

/** The queue for a session with these options (today's queue, a topic of it, or custom study). */
export async function queueFor(
  db: AppDB,
  deckId: string,
  day: StudyDay,
  settings: StudySettings,
  options: StudyOptions,
): Promise<StudyQueue> {
  const keep = onTopic(options.topic);
  switch (options.mode) {
    case 'normal': {
      // A topic session looks at every new card, since the first few may all be off topic.
      const source = await loadQueueSource(db, deckId, day, options.topic ? 100_000 : settings.newPerDay);
      return buildQueue(
        {
          ...source,
          learning: source.learning.filter(keep),
          reviews: source.reviews.filter(keep),
          fresh: source.fresh.filter(keep),
        },
        settings,
      );
    }
    case 'forgotten': {
      const forgotten = (await reviewsOfDay(db, deckId, day)).filter((log) => log.grade === 'again');
      const cards = await db.cards.bulkGet([...new Set(forgotten.map((log) => log.cardKey))]);
      return customQueue(
        cards
          .filter((card): card is CardRecord => card !== undefined && card.queue !== 'suspended')
          .filter(keep),
      );
    }
    case 'ahead': {
      const ahead = await db.cards
        .where('[deckId+queue+due]')
        .between([deckId, 'review', day.end], [deckId, 'review', day.end + options.aheadDays * DAY])
        .toArray();
      return customQueue(ahead.filter(keep));
    }
    case 'cram': {
      const cards = await db.cards.where('deckId').equals(deckId).toArray();
      const positions = new Map(
        (await db.questions.where('deckId').equals(deckId).toArray()).map((q) => [q.key, q.position]),
      );
      const order = (card: CardRecord) => positions.get(card.key) ?? 0;
      return customQueue(
        cards
          .filter((card) => card.queue !== 'suspended')
          .filter(keep)
          .sort((a, b) => order(a) - order(b)),
      );
    }
  }
}
