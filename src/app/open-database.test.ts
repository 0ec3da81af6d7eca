import { describe, expect, it } from 'vitest';
import { AppDB } from '../db/app-db';
import { decksStoredWith } from '../db/decks';
import { loadBundledDecks } from './bundled-decks';
import { openDatabase } from './open-database';

describe('bundled decks at start-up', () => {
  it('the fingerprints the build writes are the ones storing the bundled decks leaves', async () => {
    const db = new AppDB(`bundled-${Math.random()}`);
    expect(Object.keys(BUNDLED_DECK_HASHES)).toContain('siege-of-emesa');
    expect(await decksStoredWith(db, BUNDLED_DECK_HASHES)).toBe(false);
    await loadBundledDecks(db);
    expect(await decksStoredWith(db, BUNDLED_DECK_HASHES)).toBe(true);
    // A deck whose content changed (another fingerprint) is not "stored": it will be loaded.
    expect(await decksStoredWith(db, { ...BUNDLED_DECK_HASHES, 'siege-of-emesa': '0' })).toBe(false);
  });

  it('opening the app database stores the bundled decks once', async () => {
    const db = await openDatabase();
    expect(await db.decks.get('siege-of-emesa')).toMatchObject({ builtIn: true });
    const stored = await db.decks.get('siege-of-emesa');
    await openDatabase();
    expect(await db.decks.get('siege-of-emesa')).toEqual(stored);
  });
});
