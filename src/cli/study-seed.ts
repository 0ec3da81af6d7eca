/**
 * Runs inside the page (Playwright serialises this function): fills the app's IndexedDB
 * with `decks` decks of `cardsPerDeck` flashcards and `logs` review logs, writing the same
 * row shapes as src/db (a bench deck is plain data; nothing here is app code).
 */
export interface SeedPlan {
  decks: number;
  cardsPerDeck: number;
  logs: number;
  /** Review cards due now in each deck (the rest are new). */
  dueReviews: number;
  now: number;
}

export function seedInPage(plan: SeedPlan): Promise<number> {
  const DAY = 86_400_000;
  const open = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('muster');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const write = (db: IDBDatabase, store: string, rows: unknown[]) =>
    new Promise<void>((resolve, reject) => {
      const tx = db.transaction(store, 'readwrite');
      const objects = tx.objectStore(store);
      for (const row of rows) objects.put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  const reviewCard = (due: number) => ({
    due: new Date(due),
    stability: 12,
    difficulty: 5,
    elapsed_days: 12,
    scheduled_days: 12,
    learning_steps: 0,
    reps: 6,
    lapses: 1,
    state: 2,
    last_review: new Date(due - 12 * DAY),
  });
  const newCard = () => ({
    ...reviewCard(plan.now),
    stability: 0,
    difficulty: 0,
    reps: 0,
    lapses: 0,
    state: 0,
    last_review: undefined,
  });
  const topics = ['commanders', 'dates', 'places', 'numbers', 'strategy'];

  return (async () => {
    const db = await open();
    const keys: string[] = [];
    for (let d = 0; d < plan.decks; d++) {
      const deckId = `bench-${d}`;
      await write(db, 'decks', [
        {
          id: deckId,
          title: `Bench deck ${d}`,
          source: { title: 'Bench', sha256: '0'.repeat(64) },
          contentHash: `bench-${d}`,
          builtIn: false,
          questionCount: plan.cardsPerDeck,
          updatedAt: plan.now,
        },
      ]);
      const questions: unknown[] = [];
      const cards: unknown[] = [];
      for (let i = 0; i < plan.cardsPerDeck; i++) {
        const id = `q${i}`;
        const key = `${deckId}/${id}`;
        keys.push(key);
        const topic = topics[i % topics.length];
        questions.push({
          key,
          deckId,
          position: i,
          id,
          factId: `f${i}`,
          topic,
          type: 'flashcard',
          prompt: `Bench question ${i} of ${deckId}?`,
          answer: `Answer ${i}`,
          source: { section: 'Bench', quote: `Quote ${i}` },
        });
        const review = i < plan.dueReviews;
        cards.push({
          key,
          deckId,
          questionId: id,
          factId: `f${i}`,
          topic,
          queue: review ? 'review' : 'new',
          due: review ? plan.now - (i + 1) * 60_000 : i,
          fsrs: review ? reviewCard(plan.now - (i + 1) * 60_000) : newCard(),
          leech: false,
        });
      }
      await write(db, 'questions', questions);
      await write(db, 'cards', cards);
    }
    const chunk = 50_000;
    for (let start = 0; start < plan.logs; start += chunk) {
      const rows: unknown[] = [];
      for (let i = start; i < Math.min(plan.logs, start + chunk); i++) {
        const cardKey = keys[i % keys.length] as string;
        // Spread over the two years before today: none falls on today's study day.
        const reviewedAt = plan.now - 2 * DAY - (i % 730) * DAY;
        rows.push({
          cardKey,
          deckId: cardKey.split('/')[0],
          factId: `f${i % plan.cardsPerDeck}`,
          grade: 'good',
          reviewedAt,
          durationMs: 4000,
          before: { queue: 'review', due: reviewedAt, leech: false },
          fsrs: {
            rating: 3,
            state: 2,
            due: new Date(reviewedAt),
            stability: 10,
            difficulty: 5,
            elapsed_days: 10,
            last_elapsed_days: 9,
            scheduled_days: 10,
            learning_steps: 0,
            review: new Date(reviewedAt),
          },
        });
      }
      await write(db, 'reviewLogs', rows);
    }
    db.close();
    return keys.length;
  })();
}

/** Counts rows in a store of the app's database (to check the seed landed). */
export function countInPage(store: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('muster');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const count = request.result.transaction(store).objectStore(store).count();
      count.onsuccess = () => {
        resolve(count.result);
        request.result.close();
      };
    };
  });
}
