import { type CardRecord, queueOfPhase } from '../domain/study/card';
import { phaseOf } from '../domain/study/scheduler';
import type { AppDB } from './app-db';

// Apart from study.ts so that the deck page's first chunk does not pull in the scheduler.

/** Suspended leeches of a deck, for the deck page. */
export function suspendedLeeches(db: AppDB, deckId: string): Promise<CardRecord[]> {
  return db.cards
    .where('[deckId+queue+due]')
    .between([deckId, 'suspended', -Infinity], [deckId, 'suspended', Infinity])
    .filter((card) => card.leech)
    .toArray();
}

/**
 * Frees a suspended card: it is due now in the list its FSRS state belongs to. It keeps
 * its leech tag (as in Anki); if it keeps being forgotten it is suspended again every half
 * threshold of lapses (8 → 12 → 16; see isLeechLapse in src/domain/study/card.ts).
 */
export async function unsuspendCard(db: AppDB, key: string, now: Date): Promise<void> {
  await db.transaction('rw', db.cards, async () => {
    const card = await db.cards.get(key);
    if (card?.queue !== 'suspended') return;
    await db.cards.put({ ...card, queue: queueOfPhase(phaseOf(card.fsrs)), due: now.getTime() });
  });
}
