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
  it('derives the seed with the curation.json beside it', () => {
    const { json, out } = deriveCommand(['decks/siege-of-emesa/article.txt']);
    expect(out).toBeUndefined();
    expect(parseDeckJson(json).id).toBe('siege-of-emesa');
  });

  it('passes --out and --id through, and ignores a missing curation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'derive-'));
    const article = join(dir, 'a.txt');
    writeFileSync(
      article,
      '= Battle of Nowhere (1200) =\n\nInfobox\n- Date: 1200\n- Commander1: Anna Berg\n- Combatant1: North\n- Commander2: Olaf Dunn\n- Combatant2: South\n',
    );
    const { json, out } = deriveCommand([article, '--out', 'x.json', '--id', 'nowhere']);
    expect(out).toBe('x.json');
    expect(parseDeckJson(json).id).toBe('nowhere');
  });

  it('explains wrong usage and a missing file', () => {
    expect(() => deriveCommand([])).toThrow(/Give exactly one article file/);
    expect(() => deriveCommand(['a.txt', '--colour', 'red'])).toThrow(/Unknown option --colour/);
    expect(() => deriveCommand(['nope.txt'])).toThrow(/There is no file nope.txt/);
  });
});
