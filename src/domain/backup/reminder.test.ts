import { expect, it } from 'vitest';
import { BACKUP_REMINDER_MS, backupReminderDue } from './reminder';

const NOW = new Date('2026-03-09T09:00:00Z');

it('reminds once the oldest review not in a backup is a week old, and not before', () => {
  expect(backupReminderDue(NOW.getTime() - BACKUP_REMINDER_MS, NOW)).toBe(true);
  expect(backupReminderDue(NOW.getTime() - BACKUP_REMINDER_MS + 1, NOW)).toBe(false);
  expect(backupReminderDue(null, NOW)).toBe(false);
});
