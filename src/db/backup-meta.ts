import type { AppDB } from './app-db';

/** Kept apart from backup.ts so the reminder in the layout does not pull in the backup schemas. */
export const LAST_BACKUP_KEY = 'lastBackupAt';

/** When the oldest review not in any backup was made (null: every review is backed up). */
export async function oldestUnsavedReviewAt(db: AppDB): Promise<number | null> {
  const last = (await db.meta.get(LAST_BACKUP_KEY))?.value;
  const since = typeof last === 'number' ? last : -Infinity;
  const oldest = await db.reviewLogs.where('reviewedAt').above(since).first();
  return oldest?.reviewedAt ?? null;
}
