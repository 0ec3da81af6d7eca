import { screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { quizAssignment } from '../../../tests/fixtures/quiz';
import { APP_TEST_TIMEOUT_MS } from '../../../tests/helpers/app-test-timeout';
import { renderApp } from '../../../tests/helpers/render-app';

import { assignmentFile, encodeAssignment, openAssignment } from '../../domain/quiz/assignment';

const inOrder = {
  ...quizAssignment,
  shuffleQuestions: false,
  shuffleOptions: false,
  dueAt: null,
  timeLimitMinutes: null,
};

test(
  'a damaged link says so and stores nothing',
  async () => {
    const code = await encodeAssignment(inOrder);
    const { db } = renderApp(`/a#${code.slice(0, -6)}`);
    expect(await screen.findByRole('alert')).toHaveTextContent(/damaged: it was cut short or changed/);
    expect(await db.assignments.count()).toBe(0);
  },
  APP_TEST_TIMEOUT_MS,
);

test(
  'a student answers, each answer is saved as given, and Submit gives a result code and the score',
  async () => {
    const { db, user } = renderApp(`/a#${await encodeAssignment(inOrder)}`);
    expect(await screen.findByRole('heading', { name: 'Fort Amber check' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Your name'), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(await screen.findByRole('radio', { name: 'Captain Mora' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    // Keys 1–9 pick an option, as in study: True/False keeps True first.
    await screen.findByRole('radio', { name: 'True' });
    await user.keyboard('1');
    expect(screen.getByRole('radio', { name: 'True' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.type(await screen.findByLabelText('Your answer'), 'Velmara');
    await expect
      .poll(async () => (await db.assignmentAttempts.toArray())[0]?.answers)
      .toEqual({
        'q-leader': 'Captain Mora',
        'q-year': 'True',
        'q-city': 'Velmara',
      });
    // One question is still unanswered: Submit asks first, and nothing is submitted yet.
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('1 of 4 questions is unanswered');
    expect((await db.assignmentAttempts.toArray())[0]?.submittedAt).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Submit anyway' }));
    expect(await screen.findByTestId('score')).toHaveTextContent('3 / 4');
    expect((screen.getByLabelText('Result code') as HTMLTextAreaElement).value).toMatch(/^muster\.r1\./);
  },
  APP_TEST_TIMEOUT_MS,
);

test(
  'the timer keeps time across a reload: past the limit, reopening submits what was answered',
  async () => {
    const timed = { ...inOrder, timeLimitMinutes: 1 };
    const code = await encodeAssignment(timed);
    const first = renderApp(`/a#${code}`);
    await first.user.type(await screen.findByLabelText('Your name'), 'Ben');
    await first.user.click(screen.getByRole('button', { name: 'Start' }));
    expect(await screen.findByTestId('time-left')).toHaveTextContent(/^(1:00|0:59) left$/);
    await first.user.click(screen.getByRole('radio', { name: 'Captain Mora' }));
    await expect
      .poll(async () => (await first.db.assignmentAttempts.toArray())[0]?.answers)
      .toEqual({
        'q-leader': 'Captain Mora',
      });
    first.unmount();

    // Two minutes later the student opens the link again (same database).
    const later = Date.now() + 2 * 60_000;
    const clock = vi.spyOn(Date, 'now').mockReturnValue(later);
    try {
      renderApp(`/a#${code}`, first.db);
      expect(await screen.findByRole('heading', { name: /^Submitted/ })).toBeInTheDocument();
      const [attempt] = await first.db.assignmentAttempts.toArray();
      expect(attempt?.submittedAt).toBe(later);
      expect(attempt?.answers).toEqual({ 'q-leader': 'Captain Mora' });
    } finally {
      clock.mockRestore();
    }
  },
  APP_TEST_TIMEOUT_MS,
);

test(
  'an assignment file opens from the file picker (regression: the file text once leaked into the link)',
  async () => {
    const opened = await openAssignment(await encodeAssignment(inOrder));
    const { user, router } = renderApp('/a');
    const file = new File([assignmentFile(opened)], 'fort-amber.assignment.json', {
      type: 'application/json',
    });
    await user.upload(await screen.findByLabelText('Or choose an assignment file'), file);
    expect(await screen.findByRole('heading', { name: 'Fort Amber check' })).toBeInTheDocument();
    expect(router.state.location.hash).toBe(`#${opened.code}`);
  },
  APP_TEST_TIMEOUT_MS,
);

test(
  'an answer given after the attempt was submitted in another tab is not lost silently: the student is told, and sees the submitted result',
  async () => {
    const { db, user } = renderApp(`/a#${await encodeAssignment(inOrder)}`);
    await user.type(await screen.findByLabelText('Your name'), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await user.click(await screen.findByRole('radio', { name: 'Captain Mora' }));
    await expect
      .poll(async () => (await db.assignmentAttempts.toArray())[0]?.answers)
      .toEqual({ 'q-leader': 'Captain Mora' });

    // The same attempt is submitted in another tab, which this tab does not know yet.
    const [attempt] = await db.assignmentAttempts.toArray();
    await db.assignmentAttempts.update(attempt?.id ?? '', {
      submittedAt: Date.now(),
      resultCode: 'muster.r1.from-the-other-tab',
    });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('radio', { name: 'True' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'This assignment was already submitted in another tab or window, so your answer was not saved. Your submitted result is below: that is the one to hand in.',
    );
    expect(alert).toHaveFocus();
    expect(await screen.findByRole('heading', { name: /^Submitted/ })).toBeInTheDocument();
    expect(screen.getByTestId('score')).toHaveTextContent('1 / 4');
    expect((screen.getByLabelText('Result code') as HTMLTextAreaElement).value).toBe(
      'muster.r1.from-the-other-tab',
    );
    expect(screen.queryByRole('button', { name: 'Next' })).not.toBeInTheDocument();
    expect((await db.assignmentAttempts.toArray())[0]?.answers).toEqual({ 'q-leader': 'Captain Mora' });

    // A second attempt is allowed: starting it leaves the notice behind.
    await user.type(screen.getByLabelText('Your name'), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Start another attempt' }));
    expect(await screen.findByTestId('progress')).toHaveTextContent('Question 1 of 4');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  },
  APP_TEST_TIMEOUT_MS,
);

test(
  'Next by keyboard hands focus to the new question, so a second Enter cannot skip it',
  async () => {
    const { user } = renderApp(`/a#${await encodeAssignment(inOrder)}`);
    await user.type(await screen.findByLabelText('Your name'), 'Ana');
    await user.click(screen.getByRole('button', { name: 'Start' }));
    await screen.findByRole('radio', { name: 'Captain Mora' });
    screen.getByRole('button', { name: 'Next' }).focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('radio', { name: 'True' });
    expect(document.activeElement).toHaveClass('card-prompt');
    expect(screen.getByTestId('progress')).toHaveTextContent('Question 2 of 4');
    await user.keyboard('{Enter}');
    // Still on the second question: Enter on its prompt does nothing.
    expect(screen.getByTestId('progress')).toHaveTextContent('Question 2 of 4');
  },
  APP_TEST_TIMEOUT_MS,
);

test(
  '/a with no code is a page of its own: its heading is the level-one heading',
  async () => {
    renderApp('/a');
    expect(await screen.findByRole('heading', { level: 1, name: 'Open an assignment' })).toBeInTheDocument();
  },
  APP_TEST_TIMEOUT_MS,
);
