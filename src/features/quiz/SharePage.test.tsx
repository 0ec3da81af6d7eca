import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { quizAssignment } from '../../../tests/fixtures/quiz';
import { APP_TEST_TIMEOUT_MS } from '../../../tests/helpers/app-test-timeout';
import { renderApp } from '../../../tests/helpers/render-app';
import { saveAssignment } from '../../db/assignments';
import { encodeAssignment, openAssignment } from '../../domain/quiz/assignment';

test(
  'says "no due date" (not "due no due date") and shows the QR code full size until Escape',
  async () => {
    const opened = await openAssignment(await encodeAssignment({ ...quizAssignment, dueAt: null }));
    const { db, user } = renderApp(`/quizzes/assignments/${quizAssignment.id}`);
    await saveAssignment(db, opened, true, new Date());
    const title = await screen.findByRole('heading', { level: 1, name: quizAssignment.title });
    const summary = title.nextElementSibling;
    expect(summary).toHaveTextContent('no due date');
    expect(summary).not.toHaveTextContent('due no due date');

    const show = screen.getByRole('button', { name: /Show QR code large/ });
    await user.click(show);
    expect(screen.getByRole('heading', { level: 1, name: quizAssignment.title })).toBeInTheDocument();
    const qr = screen.getByRole('img', { name: `QR code of the link to ${quizAssignment.title}` });
    expect(qr.closest('.qr-screen')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Print this QR code' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download assignment file' })).toBeNull();

    await user.keyboard('{Escape}');
    expect(await screen.findByRole('button', { name: /Show QR code large/ })).toHaveFocus();
  },
  APP_TEST_TIMEOUT_MS,
);
