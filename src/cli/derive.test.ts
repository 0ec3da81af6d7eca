import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { emesaArticle } from '../../tests/helpers/articles';
import { deriveDeck } from '../domain/article/derive-deck';
import { parseDeckJson } from '../domain/shared/deck';
import { deriveCommand } from './derive';

// The first derive loads the NLP library's lexicon: seconds on a busy machine, once per file.
beforeAll(() => {
  deriveDeck(emesaArticle);
}, 60_000);

describe('npm run derive', () => {
  it('derives the seed with the curation.json beside it', async () => {
    const { json, out } = await deriveCommand(['decks/siege-of-emesa/article.txt']);
    expect(out).toBeUndefined();
    expect(parseDeckJson(json).id).toBe('siege-of-emesa');
  });

  it('passes --out and --id through, and ignores a missing curation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'derive-'));
    const article = join(dir, 'a.txt');
    writeFileSync(
      article,
      '= Battle of Nowhere (1200) =\n\nInfobox\n- Date: 1200\n- Commander1: Anna Berg\n- Combatant1: North\n- Commander2: Olaf Dunn\n- Combatant2: South\n',
    );
    const { json, out } = await deriveCommand([article, '--out', 'x.json', '--id', 'nowhere']);
    expect(out).toBe('x.json');
    expect(parseDeckJson(json).id).toBe('nowhere');
  });

  it('reads Wikipedia wikitext as the app does: infobox, links as aliases, no markup', async () => {
    const { json } = await deriveCommand(['tests/fixtures/wikitext/battle-of-tarnow-bridge.wiki']);
    const deck = parseDeckJson(json);
    expect(deck.title).toBe('Battle of Tarnow Bridge');
    expect(deck.article).not.toMatch(/\[\[|\{\{|<ref/);
    expect(deck.questions.some((q) => q.source.section === 'Infobox')).toBe(true);
    // [[Tarnow|Tarnau]]: the link makes the two names one place.
    const where = deck.questions.find((q) => q.prompt.startsWith('Where did the battle of Tarnow Bridge'));
    expect(where?.options?.filter((o) => o === 'Tarnow' || o === 'Tarnau')).toHaveLength(1);
  });

  it('refuses prose with no title line, saying to add one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'derive-'));
    const prose = join(dir, 'notes.txt');
    writeFileSync(prose, 'These are some notes, not an article.\nThey have no title line.\n');
    await expect(deriveCommand([prose])).rejects.toThrow(/must start with its title/);
  });

  it('explains wrong usage and a missing file', async () => {
    await expect(deriveCommand([])).rejects.toThrow(/Give exactly one article file/);
    await expect(deriveCommand(['a.txt', '--colour', 'red'])).rejects.toThrow(/Unknown option --colour/);
    await expect(deriveCommand(['nope.txt'])).rejects.toThrow(/There is no file nope.txt/);
  });
});
