import type { SqlJsStatic } from 'sql.js';
import { ImportFormatError } from '../shared/errors';
import { unpackApkg } from './apkg-package';
import { type ApkgPreview, readApkgCollection } from './apkg-read';

/**
 * Reads an Anki package with the given sql.js (loaded by the caller: the browser and Node
 * find its WebAssembly in different places). Every failure is an ImportFormatError that
 * says what is wrong with the file; nothing is stored here.
 */
export function readApkg(bytes: Uint8Array, sql: SqlJsStatic): ApkgPreview {
  const { file, sqlite } = unpackApkg(bytes);
  let database: Database;
  try {
    database = withoutUnicase(sql, new sql.Database(sqlite));
  } catch (error) {
    throw notSqlite(file, error);
  }
  try {
    return readApkgCollection((query) => database.exec(query)[0]?.values ?? [], file);
  } catch (error) {
    // SQLite's own errors (a damaged page, a missing column) say the file is bad; a TypeError
    // would be a bug of ours, and is not dressed up as the file's fault.
    if (error instanceof ImportFormatError || error instanceof TypeError) throw error;
    throw notSqlite(file, error);
  } finally {
    database.close();
  }
}

type Database = InstanceType<SqlJsStatic['Database']>;

/**
 * Schema 18 declares its name columns `COLLATE unicase`, a collation Anki registers in its
 * own SQLite; any other SQLite refuses every statement on those tables. This copy (never the
 * user's file) has the collation taken out of its schema and is opened again: names then
 * compare as plain text, which reading them does not need more than.
 */
function withoutUnicase(sql: SqlJsStatic, database: Database): Database {
  const uses = database.exec("SELECT 1 FROM sqlite_master WHERE sql LIKE '%COLLATE unicase%'");
  if (uses.length === 0) return database;
  database.exec(
    "PRAGMA writable_schema = ON; UPDATE sqlite_master SET sql = replace(sql, 'COLLATE unicase', '') WHERE sql LIKE '%COLLATE unicase%'; PRAGMA writable_schema = OFF;",
  );
  const bytes = database.export();
  database.close();
  return new sql.Database(bytes);
}

function notSqlite(file: string, error: unknown): ImportFormatError {
  return new ImportFormatError(
    `This package's ${file} is not a readable SQLite database (${(error as Error).message}). Export the deck from Anki again.`,
  );
}
