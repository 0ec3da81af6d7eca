import { unzipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { apkgFixture, nodeSqlJs } from '../../../tests/helpers/apkg';
import { emesa } from '../../../tests/helpers/render-app';
import { readApkg } from './apkg-import';
import { fieldChecksum, fieldHtml, noteGuid, strippedField, writeApkg } from './apkg-write';
import { exportCard } from './export-deck';
import { importedDeck } from './imported-deck';

let sql: SqlJsStatic;
beforeAll(async () => {
  sql = await nodeSqlJs();
});
const NOW = new Date('2026-03-10T09:00:00Z');

describe('writing an Anki package', () => {
  it('computes the checksum and sort field as Anki does', () => {
    // Python: int(hashlib.sha1(b"Who founded Rome, in the legend?").hexdigest()[:8], 16)
    expect(fieldChecksum('Who founded Rome, in the legend?')).toBe(2598692449);
    expect(fieldHtml('a < b & c\nd')).toBe('a &lt; b &amp; c<br>d');
    expect(strippedField('<b>a &lt; b</b> &amp; c')).toBe('a < b & c');
    expect(fieldChecksum(fieldHtml('a < b & c'))).toBe(2982413688);
  });

  it('writes a schema 11 collection with one note per question, its source quote in its own field', () => {
    const bytes = writeApkg(emesa, sql, NOW);
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
    const db = new sql.Database(files['collection.anki2']);
    const [ver, models] = db.exec('SELECT ver, models FROM col')[0]?.values[0] ?? [];
    expect(ver).toBe(11);
    const model = Object.values(JSON.parse(String(models)))[0] as { flds: { name: string }[] };
    expect(model.flds.map((field) => field.name)).toEqual(['Front', 'Back', 'Explanation', 'Source']);
    const notes = db.exec('SELECT guid, flds, sfld, csum FROM notes ORDER BY id')[0]?.values ?? [];
    expect(notes).toHaveLength(emesa.questions.length);
    const first = emesa.questions[0];
    const [guid, flds, sfld, csum] = notes[0] ?? [];
    const fields = String(flds).split('\u001f');
    expect(fields[0]).toBe(fieldHtml(exportCard(first as never).front));
    expect(fields[3]).toContain(fieldHtml(first?.source.quote ?? '').slice(0, 40));
    expect(sfld).toBe(strippedField(fields[0] ?? ''));
    expect(csum).toBe(fieldChecksum(fields[0] ?? ''));
    // The same question gets the same guid on every export: Anki updates instead of adding.
    expect(guid).toBe(noteGuid(emesa.id, first as never));
    expect(db.exec('SELECT count(*) FROM cards WHERE type = 0 AND queue = 0')[0]?.values[0]?.[0]).toBe(
      emesa.questions.length,
    );
    db.close();
  });

  it('round-trips: a deck exported and imported again has the same notes', () => {
    const preview = readApkg(writeApkg(emesa, sql, NOW), sql);
    expect(preview.skipped).toEqual([]);
    expect(preview.otherTypes).toEqual({});
    expect(preview.cards.map((card) => [card.front, card.back, card.explanation, card.deck])).toEqual(
      emesa.questions.map((question) => {
        const card = exportCard(question);
        return [card.front, card.back, question.explanation, emesa.title];
      }),
    );
  });

  it('round-trips a deck that came from Anki onto the same guids', () => {
    const fromAnki = readApkg(apkgFixture('anki21'), sql);
    const rome = fromAnki.cards.filter((card) => card.deck === 'History::Rome');
    const deck = importedDeck(rome, {
      title: 'History::Rome',
      topic: 'strategy',
      fileName: 'history.apkg',
      sha256: 'a'.repeat(64),
      takenIds: new Set(),
    });
    const back = readApkg(writeApkg(deck, sql, NOW), sql);
    expect(back.cards.map((card) => [card.guid, card.front, card.back])).toEqual(
      rome.map((card) => [card.cardOf ? `${card.guid}-${card.cardOf}` : card.guid, card.front, card.back]),
    );
  });
});
