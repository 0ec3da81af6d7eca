import type { ApkgCard } from '../domain/interchange/apkg-read';
import { importedQuestionIds } from '../domain/interchange/imported-deck';
import { GRADES } from '../domain/shared/grades';
import { cardKey } from '../domain/study/card';
import { cardWithHistory, type PastSchedule } from '../domain/study/imported-history';
import { type CardPhase, createScheduler, type Scheduler } from '../domain/study/scheduler';
import type { AppDB, ReviewLogRow } from './app-db';
import { type ImportPlanEntry, type ImportSave, saveImport } from './import-decks';
import { studySettingsFor } from './settings';

const PHASES: CardPhase[] = ['new', 'learning', 'review', 'relearning'];

/** Anki's card as the study domain's past schedule: answers only (ease 1–4), not manual changes. */
function pastSchedule(card: ApkgCard): PastSchedule {
  const { anki } = card;
  return {
    phase: PHASES[anki.type] ?? 'new',
    suspended: anki.suspended,
    ...(anki.dueAt === undefined ? {} : { dueAt: anki.dueAt }),
    intervalDays: Math.max(anki.intervalDays, 0),
    reps: anki.reps,
    lapses: anki.lapses,
    answers: anki.reviews.flatMap(({ at, ease, durationMs }) => {
      const grade = GRADES[ease - 1];
      return grade ? [{ grade, at, durationMs }] : [];
    }),
  };
}

export interface ApkgSaveResult {
  deckIds: string[];
  /** Cards that took their Anki schedule, and review logs written. */
  scheduled: number;
  reviews: number;
}

/**
 * Saves an .apkg import like any import (saveImport), and in the same transaction gives each
 * card Anki's schedule and history: its FSRS memory rebuilt from the review log, its due date
 * Anki's, its answers as review logs. A card already studied in Muster (a re-import) keeps
 * Muster's progress. If anything fails, nothing is written.
 */
export async function saveApkgImport(db: AppDB, save: ImportSave): Promise<ApkgSaveResult> {
  const settings = await studySettingsFor(db);
  const scheduler = createScheduler(settings);
  return db.transaction(
    'rw',
    [db.decks, db.questions, db.cards, db.archivedCards, db.reviewLogs],
    async () => {
      const deckIds = await saveImport(db, save);
      const result: ApkgSaveResult = { deckIds, scheduled: 0, reviews: 0 };
      for (const [index, entry] of save.plan.entries()) {
        const deckId = deckIds[index];
        if (deckId) await scheduleEntry(db, deckId, entry, scheduler, result);
      }
      return result;
    },
  );
}

async function scheduleEntry(
  db: AppDB,
  deckId: string,
  entry: ImportPlanEntry,
  scheduler: Scheduler,
  result: ApkgSaveResult,
): Promise<void> {
  const cards = entry.cards as ApkgCard[];
  const keys = cards.map((card, index) => cardKey(deckId, importedQuestionIds(card, index).id));
  const stored = await db.cards.bulkGet(keys);
  const updates = [];
  const logs: ReviewLogRow[] = [];
  for (const [index, card] of cards.entries()) {
    const current = stored[index];
    if (!current?.fsrs || current.fsrs.reps > 0 || current.queue !== 'new' || !card.anki) continue;
    const past = pastSchedule(card);
    // Anki tags (and suspends) a leech; its queue comes with the suspension.
    const leech = card.tags.some((tag) => tag.toLowerCase() === 'leech');
    const made = cardWithHistory(current, past, scheduler, leech);
    updates.push(made.card);
    for (const review of made.reviews) {
      logs.push({
        cardKey: current.key,
        deckId,
        factId: current.factId,
        grade: review.answer.grade,
        reviewedAt: review.answer.at,
        durationMs: review.answer.durationMs,
        before: review.before,
        fsrs: review.fsrs,
      });
    }
  }
  await db.cards.bulkPut(updates);
  await db.reviewLogs.bulkAdd(logs);
  result.scheduled += updates.length;
  result.reviews += logs.length;
}
