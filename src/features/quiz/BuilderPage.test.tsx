import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { APP_TEST_TIMEOUT_MS } from '../../../tests/helpers/app-test-timeout';
import { emesaMini, renderApp } from '../../../tests/helpers/render-app';

import { questionsByIds } from '../../db/decks';
import { openAssignment } from '../../domain/quiz/assignment';

test(
  'the builder refuses an empty choice, then makes an assignment whose link opens to the same questions',
  async () => {
    const { db, user, router } = renderApp('/quizzes/new', undefined, [emesaMini]);
    await user.type(await screen.findByLabelText('Title'), 'Numbers check');
    for (const topic of ['commanders', 'dates', 'places', 'strategy', 'numbers']) {
      await user.click(screen.getByRole('checkbox', { name: topic }));
    }
    await user.click(screen.getByRole('button', { name: 'Create assignment' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/No question matches your choices/);
    expect(await db.assignments.count()).toBe(0);

    await user.click(screen.getByRole('checkbox', { name: 'numbers' }));
    await user.click(screen.getByRole('button', { name: 'Create assignment' }));
    const link = (await screen.findByLabelText('Link')) as HTMLTextAreaElement;
    expect(router.state.location.pathname).toMatch(/^\/quizzes\/assignments\//);
    // The bundled deck is in every copy of the app: the link names the questions (version 2).
    expect(link.value).toMatch(/muster\.a2\./);
    const opened = await openAssignment(link.value, (deckId, ids) => questionsByIds(db, deckId, ids));
    expect(opened.assignment.title).toBe('Numbers check');
    // The mini Emesa deck has two numbers questions, one typed and one multiple choice.
    expect(opened.assignment.questions.map((q) => q.topic)).toEqual(['numbers', 'numbers']);
    expect(await db.assignments.count()).toBe(1);
  },
  APP_TEST_TIMEOUT_MS,
);
