import { screen, waitFor } from '@testing-library/react';
import { expect, it } from 'vitest';
import { emesa, renderApp } from '../../tests/helpers/render-app';
import { tellDataReplaced } from '../components/data-channel';

it('after a backup is restored in another tab, this tab reads its data again instead of showing the old', async () => {
  const { db } = renderApp('/decks/siege-of-emesa');
  await waitFor(() => expect(screen.getByTestId('count-new')).toHaveTextContent('20'));
  // "Another tab" restores a backup in which every card of the deck is suspended.
  await db.cards.toCollection().modify({ queue: 'suspended' });
  tellDataReplaced();
  await waitFor(() => expect(screen.getByTestId('count-new')).toHaveTextContent('0'));
  expect(await db.cards.where('queue').equals('suspended').count()).toBe(emesa.questions.length);
});
