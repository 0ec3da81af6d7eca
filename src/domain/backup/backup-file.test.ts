import { describe, expect, it } from 'vitest';
import { BackupFormatError } from '../shared/errors';
import { BACKUP_VERSION, backupEnvelope, isoDate, parseBackupEnvelope } from './backup-file';

const NOW = new Date('2026-03-02T09:00:00Z');

describe('parseBackupEnvelope', () => {
  it('reads back what backupEnvelope wrote', () => {
    const text = JSON.stringify(backupEnvelope({ decks: [{ id: 'a' }] }, NOW));
    expect(parseBackupEnvelope(text)).toEqual({
      format: 'muster-backup',
      version: BACKUP_VERSION,
      createdAt: NOW.toISOString(),
      tables: { decks: [{ id: 'a' }] },
    });
  });

  it('refuses a file over the size limit before parsing it', () => {
    const text = JSON.stringify(backupEnvelope({}, NOW));
    expect(() => parseBackupEnvelope(text, 10)).toThrow(BackupFormatError);
    expect(() => parseBackupEnvelope(text, 10)).toThrow(/at most 0\.00001 MB|at most 1e-05 MB/);
  });

  it('refuses tables that are not arrays of rows', () => {
    const text = JSON.stringify({ ...backupEnvelope({}, NOW), tables: { decks: 'all of them' } });
    expect(() => parseBackupEnvelope(text)).toThrow(/tables\.decks/);
  });
});

describe('isoDate', () => {
  it('revives an ISO date and refuses anything else', () => {
    expect(isoDate.parse(NOW.toISOString())).toEqual(NOW);
    expect(isoDate.safeParse('2 March 2026').success).toBe(false);
  });
});
