/** A week of study not in any backup is enough to lose; after that, Muster reminds. */
export const BACKUP_REMINDER_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Whether to remind the learner to back up: the oldest review made since the last backup
 * (or ever, if there was none) is at least a week old.
 */
export function backupReminderDue(oldestUnsavedReviewAt: number | null | undefined, now: Date): boolean {
  return oldestUnsavedReviewAt != null && now.getTime() - oldestUnsavedReviewAt >= BACKUP_REMINDER_MS;
}
