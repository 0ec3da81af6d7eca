import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { renderApp } from '../../tests/helpers/render-app';
import { AppDB } from '../db/app-db';

it('an old tab is told to reload when another tab upgrades the database, and neither blocks it nor writes on', async () => {
  const { db } = renderApp('/');
  await screen.findByRole('link', { name: /Siege of Emesa/ });
  const reviewsBefore = await db.reviewLogs.count();

  // "Another tab" with a newer schema: one version past the app's, with a table of its own.
  const newer = new AppDB(db.name);
  newer.version(db.verno + 1).stores({ later: 'id' });
  await newer.open(); // resolves only if the old connection let go
  expect(newer.verno).toBe(db.verno + 1);

  expect(await screen.findByRole('alert')).toHaveTextContent(
    /A newer version of Muster is open in another tab/,
  );
  expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  // The old tab stays closed: it cannot write into the newer schema.
  await expect(db.meta.put({ key: 'late-write', value: 1 })).rejects.toThrow();
  expect(await newer.table('meta').get('late-write')).toBeUndefined();
  expect(await newer.table('reviewLogs').count()).toBe(reviewsBefore);
  newer.close();
});
