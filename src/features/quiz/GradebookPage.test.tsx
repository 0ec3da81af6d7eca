import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { quizAssignment, quizResult } from '../../../tests/fixtures/quiz';
import { APP_TEST_TIMEOUT_MS } from '../../../tests/helpers/app-test-timeout';
import { renderApp } from '../../../tests/helpers/render-app';

import { saveAssignment } from '../../db/assignments';
import { encodeAssignment, openAssignment } from '../../domain/quiz/assignment';
import { encodeResult } from '../../domain/quiz/quiz-result';

test(
  'pasted codes are re-graded into the table; a tampered score and a foreign or damaged code change nothing',
  async () => {
    const opened = await openAssignment(await encodeAssignment(quizAssignment));
    const ana = await encodeResult(
      quizResult({
        student: 'Ana',
        questionsHash: opened.questionsHash,
        answers: { 'q-leader': 'Captain Mora', 'q-year': 'False' },
        score: 4,
      }),
    );
    const foreign = await encodeResult(
      quizResult({
        student: 'Zed',
        questionsHash: opened.questionsHash,
        answers: {},
        assignmentId: 'elsewhere-1',
        assignmentTitle: 'Rome',
      }),
    );
    const { db, user } = renderApp(`/quizzes/assignments/${quizAssignment.id}/gradebook`);
    await saveAssignment(db, opened, true, new Date());

    await user.type(
      await screen.findByLabelText(/Or paste result codes/),
      `${ana} ${foreign} ${ana.slice(0, -4)}`,
    );
    await user.click(screen.getByRole('button', { name: 'Import codes' }));
    const report = await screen.findByText(/Imported 1 result; 2 refused/);
    expect(report.closest('[role="status"]')).toHaveTextContent(/another assignment, "Rome"/);
    expect(report.closest('[role="status"]')).toHaveTextContent(/damaged/);
    expect(await db.gradebookResults.count()).toBe(1);

    const table = await screen.findByRole('table', { name: 'Results' });
    expect(within(table).getByRole('row', { name: /Ana/ })).toHaveTextContent('1 / 4');

    // The same code again is recognised, not a second attempt.
    await user.click(screen.getByLabelText(/Or paste result codes/));
    await user.paste(ana);
    await user.click(screen.getByRole('button', { name: 'Import codes' }));
    await screen.findByText(/Imported 0 results; 1 already in the gradebook/);
    expect(await db.gradebookResults.count()).toBe(1);
  },
  APP_TEST_TIMEOUT_MS,
);

test(
  'an attempt shorter than a minute shows its seconds, not "0 min"',
  async () => {
    const opened = await openAssignment(await encodeAssignment(quizAssignment));
    const start = Date.UTC(2026, 2, 2, 9, 0);
    const quick = await encodeResult(
      quizResult({
        student: 'Ana',
        questionsHash: opened.questionsHash,
        answers: { 'q-leader': 'Captain Mora' },
        startedAt: start,
        submittedAt: start + 9_000,
      }),
    );
    const { db, user } = renderApp(`/quizzes/assignments/${quizAssignment.id}/gradebook`);
    await saveAssignment(db, opened, true, new Date());
    await user.type(await screen.findByLabelText(/Or paste result codes/), quick);
    await user.click(screen.getByRole('button', { name: 'Import codes' }));
    const row = within(await screen.findByRole('table', { name: 'Results' })).getByRole('row', {
      name: /Ana/,
    });
    expect(row).toHaveTextContent('9 s');
    expect(row).not.toHaveTextContent('0 min');
  },
  APP_TEST_TIMEOUT_MS,
);
