import { BackupFormatError } from '../shared/errors';
import { describeIssues, z } from '../shared/validation';

/**
 * A backup is one JSON file: a small envelope (what it is, which version, when) and every
 * table as an array of rows. Which tables exist and what their rows look like is the
 * database's business (src/db/backup-tables.ts); this module checks the envelope.
 */
const BACKUP_FORMAT = 'muster-backup';
/** Raise when a table's rows change shape in a way older readers would misread. */
export const BACKUP_VERSION = 1;
/** A year of daily study is a few MB; 200 MB is past anything a browser should hold for us. */
export const MAX_BACKUP_CHARS = 200_000_000;

export interface BackupEnvelope {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  tables: Record<string, unknown[]>;
}

const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().check(z.int(), z.gte(1)),
  createdAt: z.iso.datetime(),
  tables: z.record(z.string(), z.array(z.unknown())),
});

export function backupEnvelope(tables: Record<string, unknown[]>, now: Date): BackupEnvelope {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), tables };
}

/** Reads a backup file's text: size limit, JSON, envelope. Rows are checked table by table after. */
export function parseBackupEnvelope(text: string, maxChars = MAX_BACKUP_CHARS): BackupEnvelope {
  if (text.length > maxChars) {
    throw new BackupFormatError(
      `This file is ${(text.length / 1_000_000).toFixed(1)} MB; a Muster backup is at most ${maxChars / 1_000_000} MB. Choose a Muster backup file.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BackupFormatError(
      'This file is not valid JSON, so it is not a Muster backup. Choose a file made by "Download backup".',
    );
  }
  const result = envelopeSchema.safeParse(data);
  if (!result.success) {
    throw new BackupFormatError(
      `This file is not a Muster backup (made by "Download backup"):\n${describeIssues(result.error)}`,
    );
  }
  if (result.data.version > BACKUP_VERSION) {
    throw new BackupFormatError(
      `This backup was made by a newer Muster (backup version ${result.data.version}). Reload Muster to update it, then restore again.`,
    );
  }
  return { ...result.data, format: BACKUP_FORMAT };
}

/** A JSON Date revived: backups store dates as ISO strings. */
export const isoDate = z.pipe(
  z.iso.datetime(),
  z.transform((value: string) => new Date(value)),
);
