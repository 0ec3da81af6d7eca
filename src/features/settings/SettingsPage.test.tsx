import { configure, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { freshDb, renderApp } from '../../../tests/helpers/render-app';
import { GLOBAL_SCOPE, studySettingsFor } from '../../db/settings';

configure({ asyncUtilTimeout: 5000 });

describe('settings pages', () => {
  it('refuses invalid global settings with a sentence per field, then saves valid ones', async () => {
    const db = freshDb();
    const { user } = renderApp('/settings', db);
    const retention = await screen.findByRole('textbox', { name: 'Desired retention' });
    await user.clear(retention);
    await user.type(retention, '0.5');
    const hour = screen.getByRole('textbox', { name: 'New day starts at (hour, 0–23)' });
    await user.clear(hour);
    await user.type(hour, '25');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('2 settings need fixing; nothing was saved');
    expect(alert).toHaveTextContent('Desired retention must be a number from 0.70 to 0.99; "0.5" is not.');
    expect(retention).toHaveFocus();
    expect(retention).toHaveAttribute('aria-invalid', 'true');
    expect(await db.settings.get(GLOBAL_SCOPE)).toBeUndefined();

    await user.clear(retention);
    await user.type(retention, '0.85');
    await user.clear(hour);
    await user.type(hour, '5');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(
      await screen.findByText('Saved. Your next study session uses these settings.'),
    ).toBeInTheDocument();
    expect(await studySettingsFor(db, 'siege-of-emesa')).toMatchObject({
      desiredRetention: 0.85,
      dayStartHour: 5,
    });
  });

  it('gives a deck its own settings, which the next session uses, and can drop them again', async () => {
    const db = freshDb();
    const { user, router } = renderApp('/decks/siege-of-emesa/settings', db);
    expect(await screen.findByText(/This deck uses the/)).toBeInTheDocument();
    const perDay = screen.getByRole('textbox', { name: 'New cards per day' });
    await user.clear(perDay);
    await user.type(perDay, '2');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('This deck has its own settings.', { exact: false });
    expect((await studySettingsFor(db, 'siege-of-emesa')).newPerDay).toBe(2);
    expect((await studySettingsFor(db)).newPerDay).toBe(20);

    await router.navigate('/decks/siege-of-emesa/study');
    expect(await screen.findByText('2 new')).toBeInTheDocument();

    await router.navigate('/decks/siege-of-emesa/settings');
    await user.click(await screen.findByRole('button', { name: 'Use the global settings' }));
    await waitFor(async () => expect(await db.settings.get('siege-of-emesa')).toBeUndefined());
    expect(await screen.findByText(/This deck uses the/)).toBeInTheDocument();
  });

  it('switches the colour theme at once, keeps it on this device, and can follow the system again', async () => {
    const { user } = renderApp('/settings');
    const root = document.documentElement;
    expect(await screen.findByRole('radio', { name: 'System (follow this device)' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(root.dataset.theme).toBe('dark');
    expect(localStorage.getItem('muster-theme')).toBe('dark');
    await user.click(screen.getByRole('radio', { name: 'Light' }));
    expect(root.dataset.theme).toBe('light');
    await user.click(screen.getByRole('radio', { name: 'System (follow this device)' }));
    expect(root.dataset.theme).toBeUndefined();
    expect(localStorage.getItem('muster-theme')).toBeNull();
  });
});
