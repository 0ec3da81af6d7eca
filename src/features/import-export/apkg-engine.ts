/**
 * The Anki package code: sql.js (SQLite compiled to WebAssembly, about 1 MB with its wasm),
 * fzstd and the package reader and writer. Only the import-export screen loads this module,
 * and only when an .apkg is chosen or exported, so no other page pays for it. The service
 * worker precaches the wasm, so it works offline.
 */
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { readApkg } from '../../domain/interchange/apkg-import';
import type { ApkgPreview } from '../../domain/interchange/apkg-read';
import { type ApkgDeck, writeApkg } from '../../domain/interchange/apkg-write';

let engine: Promise<SqlJsStatic> | undefined;

function sqlJs(): Promise<SqlJsStatic> {
  engine ??= initSqlJs({ locateFile: () => wasmUrl }).catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}

export async function readApkgBytes(bytes: Uint8Array): Promise<ApkgPreview> {
  return readApkg(bytes, await sqlJs());
}

export async function writeApkgBytes(deck: ApkgDeck, now: Date): Promise<Uint8Array> {
  return writeApkg(deck, await sqlJs(), now);
}
