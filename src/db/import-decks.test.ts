import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/helpers/render-app';
import { readAnki } from '../domain/interchange/anki';
import { planImport, saveImport } from './import-decks';

const NOW = new Date('2026-03-02T09:00:00Z');
const HEADER = '#separator:tab\n#guid column:1\n#deck column:2\n';
const save = (plan: Awaited<ReturnType<typeof planImport>>, sha: string) => ({
  plan,
  title: 'unused',
  topic: 'strategy' as const,
  fileName: 'notes.txt',
  sha256: sha.repeat(64),
  now: NOW,
});

describe('importing Anki notes with guids', () => {
  it('makes one deck per Anki deck, then updates them on a second import instead of duplicating', async () => {
    const db = freshDb();
    const first = readAnki(
      `${HEADER}g1\tLatin\tporta\tdoor\ng2\tGreek\tθύρα\tdoor\ng3\tLatin\taqua\twater\n`,
    );
    const plan = await planImport(db, first.cards);
    expect(plan.map((entry) => [entry.name, entry.cards.length, entry.update])).toEqual([
      ['Latin', 2, undefined],
      ['Greek', 1, undefined],
    ]);
    expect(await saveImport(db, save(plan, 'a'))).toEqual(['latin', 'greek']);
    // A review's progress must survive the update: mark the card as studied.
    await db.cards.update('latin/anki-g1', { queue: 'review', due: 99 });

    const second = readAnki(`${HEADER}g1\tLatin\tporta\ta door\ng4\tLatin\tvia\troad\n`);
    const replan = await planImport(db, second.cards);
    expect(replan).toMatchObject([
      { name: 'Latin', update: { deckId: 'latin', title: 'Latin', matched: 1 } },
    ]);
    expect(await saveImport(db, save(replan, 'b'))).toEqual(['latin']);

    expect((await db.decks.toArray()).map((deck) => deck.id).sort()).toEqual(['greek', 'latin']);
    const latin = await db.questions.where('deckId').equals('latin').sortBy('position');
    expect(latin.map((q) => [q.id, q.answer])).toEqual([
      ['anki-g1', 'a door'],
      ['anki-g3', 'water'],
      ['anki-g4', 'road'],
    ]);
    expect(await db.cards.get('latin/anki-g1')).toMatchObject({ queue: 'review', due: 99 });
  });

  it('saves nothing when one deck of the file cannot be saved', async () => {
    const db = freshDb();
    const before = await db.decks.count();
    const cards = readAnki(`${HEADER}g1\tLatin\tporta\tdoor\n`).cards;
    const plan = await planImport(db, cards);
    // A second entry whose card breaks the deck contract (an id over 200 characters).
    const broken = {
      name: 'Broken',
      cards: [{ ...cards[0], guid: 'x'.repeat(300) }],
    } as (typeof plan)[number];
    await expect(saveImport(db, save([...plan, broken], 'a'))).rejects.toThrow(/deck format/);
    expect(await db.decks.count()).toBe(before);
  });
});
