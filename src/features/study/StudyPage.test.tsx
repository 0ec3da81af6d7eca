import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emesa, renderApp } from '../../../tests/helpers/render-app';

describe('StudyPage', () => {
  it('reveals with Space, grades with a key, and writes one review log that moves the card', async () => {
    const { db, user } = renderApp('/decks/siege-of-emesa/study');
    const first = emesa.questions[0];
    expect(await screen.findByRole('heading', { name: first?.prompt })).toBeInTheDocument();
    const before = await db.cards.get(`siege-of-emesa/${first?.id}`);
    expect(before?.queue).toBe('new');

    await user.keyboard(' ');
    expect(screen.getByText(first?.explanation ?? '')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Good' })).toHaveTextContent('Good · 10m');
    await user.keyboard('3');

    expect(await screen.findByRole('heading', { name: emesa.questions[1]?.prompt })).toBeInTheDocument();
    await waitFor(async () => expect(await db.reviewLogs.count()).toBe(1));
    const log = (await db.reviewLogs.toArray())[0];
    expect(log).toMatchObject({
      cardKey: `siege-of-emesa/${first?.id}`,
      grade: 'good',
      before: { queue: 'new' },
    });
    const after = await db.cards.get(`siege-of-emesa/${first?.id}`);
    expect(after?.queue).toBe('learning');
    expect(after?.due).toBeGreaterThan(Date.now() + 9 * 60_000);
  });

  it('grades with the buttons too', async () => {
    const { db, user } = renderApp('/decks/siege-of-emesa/study');
    await user.click(await screen.findByRole('button', { name: 'Show answer' }));
    await user.click(screen.getByRole('button', { name: 'Again' }));
    await waitFor(async () => expect(await db.reviewLogs.count()).toBe(1));
    expect((await db.reviewLogs.toArray())[0]?.grade).toBe('again');
  });
});
