import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { useDb } from '../components/db-context';
import { oldestUnsavedReviewAt } from '../db/backup-meta';
import { queryKeys } from '../db/query-keys';
import { backupReminderDue } from '../domain/backup/reminder';

/** Progress lives only in this browser: after a week of study without a backup, say so. */
export function BackupReminder() {
  const db = useDb();
  const { pathname } = useLocation();
  const oldest = useQuery({ queryKey: queryKeys.backupReminder(), queryFn: () => oldestUnsavedReviewAt(db) });
  if (pathname === '/backup' || !backupReminderDue(oldest.data, new Date())) return null;
  return (
    <p className="backup-reminder" role="status">
      Your progress since {new Date(oldest.data ?? 0).toLocaleDateString()} is only in this browser.{' '}
      <Link to="/backup">Download a backup</Link> to keep it safe.
    </p>
  );
}
