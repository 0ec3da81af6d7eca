import { backupEnvelope, parseBackupEnvelope } from '../domain/backup/backup-file';
import { BackupFormatError } from '../domain/shared/errors';
import { describeIssues, z } from '../domain/shared/validation';
import type { AppDB, DeckRow } from './app-db';
import { LAST_BACKUP_KEY } from './backup-meta';
import { BACKUP_TABLES, mergeContext } from './backup-tables';

export type RestoreMode = 'replace' | 'merge';

/** A backup that passed every check: its rows, typed and revived, ready to write. */
export interface CheckedBackup {
  createdAt: string;
  tables: Map<string, unknown[]>;
}

/**
 * Everything in the database as one JSON text. Records the backup's time first, in the same
 * transaction, so the file itself says when it was made and the reminder starts over.
 */
export async function createBackup(db: AppDB, now: Date): Promise<string> {
  const tables = BACKUP_TABLES.map((table) => db.table(table.name));
  return db.transaction('rw', tables, async () => {
    await db.meta.put({ key: LAST_BACKUP_KEY, value: now.getTime() });
    const rows: Record<string, unknown[]> = {};
    // Cards come without their derived index keys (card-index.ts leaves them out of reads).
    for (const table of BACKUP_TABLES) rows[table.name] = await db.table(table.name).toArray();
    return JSON.stringify(backupEnvelope(rows, now));
  });
}

/** Checks a backup file completely (size, JSON, envelope, every row of every table) without writing. */
export function checkBackup(text: string): CheckedBackup {
  const envelope = parseBackupEnvelope(text);
  const known = new Set<string>(BACKUP_TABLES.map((table) => table.name));
  const unknown = Object.keys(envelope.tables).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new BackupFormatError(
      `This backup holds data Muster does not know (${unknown.join(', ')}). Reload Muster to update it, then restore again.`,
    );
  }
  const tables = new Map<string, unknown[]>();
  for (const table of BACKUP_TABLES) {
    // A table missing from an older backup is simply empty.
    const result = z.array(table.schema).safeParse(envelope.tables[table.name] ?? []);
    if (!result.success) {
      throw new BackupFormatError(
        `This backup is damaged: its ${table.name} do not read correctly, so nothing was restored.\n${describeIssues(result.error)}`,
      );
    }
    tables.set(table.name, result.data);
  }
  return { createdAt: envelope.createdAt, tables };
}

/** How many rows of each table a checked backup holds, for the confirmation screen. */
export function backupCounts(backup: CheckedBackup): Record<string, number> {
  return Object.fromEntries([...backup.tables].map(([name, rows]) => [name, rows.length]));
}

/**
 * Writes a checked backup, all tables in one transaction: if anything fails (quota, a
 * clash), the database stays exactly as it was. "replace" makes the database the backup;
 * "merge" keeps the newer of each card and every review from both.
 */
export async function restoreBackup(db: AppDB, backup: CheckedBackup, mode: RestoreMode): Promise<void> {
  const tables = BACKUP_TABLES.map((table) => db.table(table.name));
  await db.transaction('rw', tables, async () => {
    const context = mergeContext(
      mode === 'merge' ? await db.decks.toArray() : [],
      // checkBackup passed these rows through the decks schema.
      (backup.tables.get('decks') ?? []) as DeckRow[],
    );
    for (const table of BACKUP_TABLES) {
      const incoming = backup.tables.get(table.name) ?? [];
      const rows =
        mode === 'replace' ? incoming : table.merge(await db.table(table.name).toArray(), incoming, context);
      await db.table(table.name).clear();
      await db.table(table.name).bulkAdd(rows);
    }
  });
}
