// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDeck } from '../shared/deck';
import { toQtiPackage } from './qti';

/**
 * Every exported file checked against the official IMS schemas (tests/fixtures/schemas,
 * with every import resolved locally) by libxml2's validator, as LMSs that validate on
 * import do. CI installs xmllint (Debian libxml2-utils) when it is missing.
 */
const SCHEMAS = resolve('tests/fixtures/schemas');
const QTI_XSD = join(SCHEMAS, 'qtiv2p1/imsqti_v2p1.xsd');
const CP_XSD = join(SCHEMAS, 'imscp_v1p1.xsd');

function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version']).status === 0;
}

/** xmllint's verdict per file: null when it validates, else its complaints. */
function validate(schema: string, dir: string, paths: string[]): Map<string, string | null> {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, ...paths], {
    cwd: dir,
    encoding: 'utf8',
  });
  const verdicts = new Map<string, string | null>();
  for (const path of paths) {
    const complaints = run.stderr
      .split('\n')
      .filter((line) => line.startsWith(`${path}:`))
      .join('\n');
    verdicts.set(path, run.stderr.includes(`${path} validates`) ? null : complaints || run.stderr);
  }
  return verdicts;
}

function writeAll(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'qti-schema-'));
  for (const [path, xml] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), xml);
  }
  return dir;
}

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as unknown;
// The bundled Emesa deck, and the test deck that has one question of every type (cloze and
// ordering too, which the Emesa deck lacks).
const emesa = parseDeck(json('decks/siege-of-emesa/deck.json'));
const everyType = parseDeck(json('tests/fixtures/study-types-deck.json'));
const files = toQtiPackage({ ...emesa, questions: [...emesa.questions, ...everyType.questions] });
const qtiFiles = Object.keys(files).filter((path) => path !== 'imsmanifest.xml');

describe('QTI export against the IMS QTI 2.1 and IMS CP schemas (xmllint)', () => {
  test('xmllint is installed (Debian: apt-get install libxml2-utils)', () => {
    expect(hasXmllint(), 'xmllint is missing: apt-get install libxml2-utils').toBe(true);
  });

  test('every item, the test and the manifest validate', () => {
    const dir = writeAll(files);
    const types = new Set([...emesa.questions, ...everyType.questions].map((q) => q.type));
    expect(types.size).toBe(7);
    expect(qtiFiles).toHaveLength(emesa.questions.length + everyType.questions.length + 1);
    const verdicts = new Map([
      ...validate(QTI_XSD, dir, qtiFiles),
      ...validate(CP_XSD, dir, ['imsmanifest.xml']),
    ]);
    const failures = [...verdicts].filter(([, complaint]) => complaint !== null);
    expect(failures).toEqual([]);
    expect(verdicts.size).toBe(qtiFiles.length + 1);
  });

  test('a broken item or manifest fails the check', () => {
    const [first] = qtiFiles.filter((path) => path.startsWith('items/'));
    const item = files[first as string] ?? '';
    const manifest = files['imsmanifest.xml'] ?? '';
    const dir = writeAll({
      'no-identifier.xml': item.replace(/ identifier="Q[^"]*"/, ''),
      'bad-attribute.xml': item.replace('adaptive="false"', 'adaptive="maybe"'),
      'imsmanifest.xml': manifest.replace('<resources>', '<resources><unknown/>'),
    });
    const items = validate(QTI_XSD, dir, ['no-identifier.xml', 'bad-attribute.xml']);
    expect(items.get('no-identifier.xml')).toMatch(/identifier.*required/);
    expect(items.get('bad-attribute.xml')).toMatch(/adaptive/);
    expect(validate(CP_XSD, dir, ['imsmanifest.xml']).get('imsmanifest.xml')).toMatch(/unknown/);
  });
});
