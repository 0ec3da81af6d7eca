import { describe, expect, it } from 'vitest';
import { emesa, freshDb } from '../../tests/helpers/render-app';
import { DeckIdInUseError } from '../domain/shared/errors';
import { AppDB } from './app-db';
import { loadDeck } from './load-deck';

const NOW = new Date('2026-03-02T09:00:00Z');

describe('loadDeck', () => {
  it('stores a deck once: loading the same deck again changes nothing', async () => {
    const db = freshDb();
    expect(await loadDeck(db, emesa, { builtIn: true, now: NOW })).toBe('added');
    expect(await loadDeck(db, emesa, { builtIn: true, now: NOW })).toBe('unchanged');
    expect(await db.decks.count()).toBe(1);
    expect(await db.questions.count()).toBe(emesa.questions.length);
    expect(await db.cards.count()).toBe(emesa.questions.length);
  });

  it('does not duplicate the deck when two tabs seed the same database at once', async () => {
    const name = freshDb().name;
    const tabA = new AppDB(name);
    const tabB = new AppDB(name);
    const outcomes = await Promise.all([
      loadDeck(tabA, emesa, { builtIn: true, now: NOW }),
      loadDeck(tabB, emesa, { builtIn: true, now: NOW }),
    ]);
    expect(outcomes.sort()).toEqual(['added', 'unchanged']);
    expect(await tabA.decks.count()).toBe(1);
    expect(await tabB.cards.count()).toBe(emesa.questions.length);
  });

  it('keeps the progress of unchanged questions when a new version of the deck loads', async () => {
    const db = freshDb();
    await loadDeck(db, emesa, { builtIn: true, now: NOW });
    const [kept, dropped] = emesa.questions;
    const keptKey = `siege-of-emesa/${kept?.id}`;
    await db.cards.update(keptKey, { queue: 'review', due: NOW.getTime() + 86_400_000 });
    await db.reviewLogs.add({
      cardKey: keptKey,
      deckId: 'siege-of-emesa',
      factId: kept?.factId ?? '',
      grade: 'good',
      reviewedAt: NOW.getTime(),
      durationMs: 1000,
      before: { queue: 'new', due: 0, leech: false },
      fsrs: {} as never,
    });

    const added = {
      ...emesa.questions[2],
      id: 'brand-new',
      factId: 'fact-brand-new',
    } as (typeof emesa.questions)[0];
    const next = {
      ...emesa,
      questions: [kept, ...emesa.questions.slice(2), added].filter((q) => q !== undefined),
    };
    expect(await loadDeck(db, next, { builtIn: true, now: NOW })).toBe('updated');

    expect(await db.cards.get(keptKey)).toMatchObject({ queue: 'review', due: NOW.getTime() + 86_400_000 });
    // Never answered: nothing to keep, so it is removed (studied cards are archived, see archive.test.ts).
    expect(await db.cards.get(`siege-of-emesa/${dropped?.id}`)).toBeUndefined();
    expect(await db.cards.get('siege-of-emesa/brand-new')).toMatchObject({
      queue: 'new',
      due: next.questions.length - 1,
    });
    expect(await db.reviewLogs.count()).toBe(1);
    expect(await db.decks.get('siege-of-emesa')).toMatchObject({ questionCount: next.questions.length });
  });
});

describe('loadDeck with onlySameSource', () => {
  it('never replaces a deck of another source under the same id, and writes nothing', async () => {
    const db = freshDb();
    await loadDeck(db, emesa, { builtIn: false, now: NOW });
    const other = { ...emesa, title: 'Other', source: { title: 'Other', sha256: 'b'.repeat(64) } };
    await expect(
      loadDeck(db, other, { builtIn: false, now: NOW, onlySameSource: true }),
    ).rejects.toBeInstanceOf(DeckIdInUseError);
    expect(await db.decks.get(emesa.id)).toMatchObject({ title: emesa.title });
  });

  it('still updates a deck from the same source', async () => {
    const db = freshDb();
    await loadDeck(db, emesa, { builtIn: false, now: NOW });
    const edited = { ...emesa, title: 'Emesa, edited' };
    expect(await loadDeck(db, edited, { builtIn: false, now: NOW, onlySameSource: true })).toBe('updated');
  });
});
