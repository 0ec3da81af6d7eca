import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emesa, freshDb, renderApp } from '../../../tests/helpers/render-app';
import { createBackup } from '../../db/backup';
import { loadDeck } from '../../db/load-deck';

const NOW = new Date('2026-03-02T09:00:00Z');

/** A backup of a browser holding Emesa plus a deck of the user's own, one card reviewed. */
async function backupText() {
  const db = freshDb();
  await loadDeck(db, emesa, { builtIn: true, now: NOW });
  await loadDeck(
    db,
    { ...emesa, id: 'mine', title: 'Mine', questions: emesa.questions.slice(0, 3) },
    { builtIn: false, now: NOW },
  );
  const card = await db.cards.get(`mine/${emesa.questions[0]?.id}`);
  if (!card) throw new Error('no card');
  await db.cards.put({ ...card, queue: 'review', due: NOW.getTime() + 86_400_000 });
  return createBackup(db, NOW);
}

describe('Storage & backup page', () => {
  it('restores a backup only after showing what it holds and being told to', async () => {
    const text = await backupText();
    // The bundled deck plus a 3-question deck of the user's own.
    const total = emesa.questions.length + 3;
    const { db, user } = renderApp('/backup');
    await user.upload(await screen.findByLabelText('Backup file'), new File([text], 'muster-backup.json'));
    expect(await screen.findByTestId('restore-summary')).toHaveTextContent(
      new RegExp(`2 decks, ${total} questions, ${total} card states, 0 reviews, 0 saved settings\\.`),
    );
    expect(await db.decks.get('mine')).toBeUndefined();

    await user.click(screen.getByRole('radio', { name: /Replace everything/ }));
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText(/^Restored\./)).toBeInTheDocument();
    expect(await db.decks.get('mine')).toMatchObject({ title: 'Mine', builtIn: false });
    expect((await db.cards.get(`mine/${emesa.questions[0]?.id}`))?.queue).toBe('review');
  });

  it('says what is wrong with a damaged file and writes nothing', async () => {
    const data = JSON.parse(await backupText());
    data.tables.reviewLogs = [{ cardKey: 'x' }];
    const { db, user } = renderApp('/backup');
    await user.upload(
      await screen.findByLabelText('Backup file'),
      new File([JSON.stringify(data)], 'bad.json'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /damaged: its reviewLogs do not read correctly/,
    );
    expect(screen.queryByRole('button', { name: 'Restore' })).not.toBeInTheDocument();
    expect(await db.decks.count()).toBe(1);
  });

  it('downloads a backup of everything and records when', async () => {
    const blobs: Blob[] = [];
    // jsdom has no object URLs; catch the file the page offers instead (each test file has its own jsdom).
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:backup';
    };
    URL.revokeObjectURL = () => {};
    const { db, user } = renderApp('/backup');
    await user.click(await screen.findByRole('button', { name: 'Download backup' }));
    expect(await screen.findByText(/Backup made/)).toBeInTheDocument();
    const backup = JSON.parse(await (blobs[0] as Blob).text());
    expect(backup).toMatchObject({ format: 'muster-backup', version: 1 });
    expect(backup.tables.questions).toHaveLength(emesa.questions.length);
    expect(typeof (await db.meta.get('lastBackupAt'))?.value).toBe('number');
  });

  it('says when the browser does not report storage', async () => {
    renderApp('/backup');
    await waitFor(() => expect(screen.getByText(/does not report how much storage/)).toBeInTheDocument());
  });
});
