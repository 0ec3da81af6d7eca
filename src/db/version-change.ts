import type { AppDB } from './app-db';

/**
 * Another tab opened the database at a newer schema (a new version of Muster): this tab's
 * code targets the old one. It closes its connection at once, so the other tab's upgrade is
 * never blocked, and stays closed (no silent reopening into a schema it does not know, where
 * it could write rows the new version does not expect); `tell` lets the page ask for a reload.
 */
export function onNewerSchemaElsewhere(db: AppDB, tell: () => void): () => void {
  const handler = () => {
    db.close({ disableAutoOpen: true });
    tell();
    // Dexie's own handler would close and allow reopening: ours replaces it.
    return false;
  };
  db.on('versionchange', handler);
  return () => db.on('versionchange').unsubscribe(handler);
}
