import { DEFAULT_STUDY_SETTINGS, type StudySettings } from '../domain/study/study-settings';
import type { AppDB } from './app-db';

/** The settings row every deck falls back to. Here, not in app-db.ts, so the first page can read
 * settings without loading Dexie. */
export const GLOBAL_SCOPE = 'global';

/** The settings that apply to a deck: its own if it has them, else the global ones, else defaults. */
export async function studySettingsFor(db: AppDB, deckId?: string): Promise<StudySettings> {
  const scopes = deckId ? [deckId, GLOBAL_SCOPE] : [GLOBAL_SCOPE];
  const rows = await db.settings.bulkGet(scopes);
  const found = rows.find((row) => row !== undefined);
  return { ...DEFAULT_STUDY_SETTINGS, ...found?.settings };
}

export async function saveStudySettings(db: AppDB, scope: string, settings: StudySettings): Promise<void> {
  await db.settings.put({ scope, settings });
}

export async function clearDeckSettings(db: AppDB, deckId: string): Promise<void> {
  await db.settings.delete(deckId);
}
