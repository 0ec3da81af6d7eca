import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The articles the deriver is tested on: the seed and two written for the tests, with their quirks. */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const readRepoFile = (path: string) => readFileSync(resolve(root, path), 'utf8');
const read = readRepoFile;

export const emesaArticle = read('decks/siege-of-emesa/article.txt');
/** A battle saved with a BOM, CRLF line ends, a tab and trailing spaces. */
export const battleArticle = read('tests/fixtures/battle-of-varnholt-ford.txt');
/** A biography: Born / Died / Allegiance / Battles infobox, two spellings of the subject's name. */
export const biographyArticle = read('tests/fixtures/maren-halvik.txt');

export const allArticles = { emesa: emesaArticle, battle: battleArticle, biography: biographyArticle };
