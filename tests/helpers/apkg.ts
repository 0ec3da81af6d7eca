import { readFileSync } from 'node:fs';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

/** sql.js as Node loads it (its wasm from node_modules), for tests and the CLI's tests. */
let engine: Promise<SqlJsStatic> | undefined;
export const nodeSqlJs = () => {
  engine ??= initSqlJs();
  return engine;
};

/** One of the .apkg fixtures (tests/fixtures/README.md says how each was made). */
export const apkgFixture = (name: 'anki2' | 'anki21' | 'anki21b') =>
  new Uint8Array(readFileSync(`tests/fixtures/interchange/${name}-history.apkg`));
