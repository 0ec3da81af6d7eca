import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import fixture from '../../../tests/fixtures/study-types-deck.json';
import { parseDeck } from '../../domain/shared/deck';
import { AnswerWidget } from './AnswerWidget';

// Quizzes keep what was answered (to show it and to re-grade it): the widgets report it.
const deck = parseDeck(fixture);

function renderWidget(id: string) {
  const question = deck.questions.find((q) => q.id === id);
  if (!question) throw new Error(`no ${id}`);
  const onAnswered = vi.fn();
  render(<AnswerWidget question={question} onAnswered={onAnswered} />);
  return { onAnswered, user: userEvent.setup() };
}

it('reports the picked option', async () => {
  const { onAnswered, user } = renderWidget('mc-defender');
  await user.click(screen.getByRole('button', { name: /Heraclius/ }));
  expect(onAnswered).toHaveBeenCalledWith(expect.objectContaining({ given: 'Heraclius', correct: false }));
});

it('reports the typed text as typed', async () => {
  const { onAnswered, user } = renderWidget('typed-homs');
  await user.type(screen.getByRole('textbox', { name: 'Your answer' }), ' hims{Enter}');
  expect(onAnswered).toHaveBeenCalledWith(expect.objectContaining({ given: ' hims', correct: true }));
});
