import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Question } from '../../domain/shared/deck';
import { QuestionPreview } from './QuestionPreview';

const question: Question = {
  id: 'dates-abc-ty',
  factId: 'dates-abc',
  topic: 'dates',
  type: 'typed',
  prompt: 'In which year was Gloire launched by the French Navy?',
  answer: '1859',
  fact: 'Gloire was launched by the French Navy in November 1859',
  source: {
    section: 'Lead',
    quote: 'The first ironclad battleship, Gloire, was launched by the French Navy in November 1859.',
  },
};

describe('QuestionPreview', () => {
  it('shows each question with the fact it asks about and the sentence it quotes', () => {
    render(<QuestionPreview questions={[question]} choices={{}} onChange={() => {}} />);
    expect(screen.getByText(question.prompt)).toBeInTheDocument();
    expect(screen.getByText(question.fact as string)).toBeInTheDocument();
    expect(screen.getByText(/“The first ironclad battleship, Gloire/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'More questions' })).not.toBeInTheDocument();
  });

  it('offers more questions when the article has more, and says when it is busy', async () => {
    const onMore = vi.fn();
    const { rerender } = render(
      <QuestionPreview questions={[question]} choices={{}} onChange={() => {}} onMore={onMore} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'More questions' }));
    expect(onMore).toHaveBeenCalledTimes(1);
    rerender(
      <QuestionPreview questions={[question]} choices={{}} onChange={() => {}} onMore={onMore} moreBusy />,
    );
    expect(screen.getByRole('button', { name: 'Finding more questions…' })).toBeDisabled();
  });
});
