import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import fixture from '../../../tests/fixtures/study-types-deck.json';
import { parseDeck, type Question } from '../../domain/shared/deck';
import { ShowInArticle } from '../ShowInArticle';
import { AnswerWidget } from './AnswerWidget';

const deck = parseDeck(fixture);
function question(id: string): Question {
  const found = deck.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id} in the fixture`);
  return found;
}

function renderWidget(id: string) {
  const onAnswered = vi.fn();
  const user = userEvent.setup();
  render(<AnswerWidget question={question(id)} onAnswered={onAnswered} />);
  return { onAnswered, user };
}

describe('ChoiceAnswer', () => {
  it('picks an option with its number key and marks the right answer', async () => {
    const { onAnswered, user } = renderWidget('mc-defender');
    await user.keyboard('1');
    expect(onAnswered).toHaveBeenCalledWith(expect.objectContaining({ correct: false, suggested: 'again' }));
    expect(screen.getByRole('button', { name: /Khalid ibn al-Walid/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Abu Ubaidah ibn al-Jarrah, the answer' })).toBeDisabled();
    // A second key press does not change the answer.
    await user.keyboard('2');
    expect(onAnswered).toHaveBeenCalledTimes(1);
  });

  it('suggests Good for the right true/false answer', async () => {
    const { onAnswered, user } = renderWidget('tf-yarmouk');
    await user.keyboard('2');
    expect(onAnswered).toHaveBeenCalledWith(expect.objectContaining({ correct: true, suggested: 'good' }));
  });
});

describe('TypedAnswer', () => {
  it('checks with Enter, shows typed against the answer, and marks a near miss', async () => {
    const { onAnswered, user } = renderWidget('typed-homs');
    await user.keyboard('Hom{Enter}');
    // One slip in a 4-letter answer is forgiven: right, but marked as a near miss.
    expect(onAnswered).toHaveBeenCalledWith(expect.objectContaining({ correct: true, suggested: 'good' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Near miss: counted as right, but check the spelling. 1 typo forgiven.',
    );
    expect(screen.getByText('You typed').nextSibling).toHaveTextContent('Hom');
    expect(screen.getByText('Matched').nextSibling).toHaveTextContent('Homs');
  });

  it('accepts an alias and says so', async () => {
    const { onAnswered, user } = renderWidget('typed-homs');
    await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'hims');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(onAnswered).toHaveBeenCalledWith(expect.objectContaining({ correct: true, suggested: 'good' }));
    expect(screen.getByRole('status')).toHaveTextContent('accepted');
    expect(screen.getByText('You typed').nextSibling).toHaveTextContent('hims');
  });

  it('lets the learner overrule a wrong verdict with "I was right"', async () => {
    const { onAnswered, user } = renderWidget('cloze-qaqa');
    await user.keyboard('400{Enter}');
    expect(onAnswered).toHaveBeenLastCalledWith(expect.objectContaining({ correct: false }));
    await user.tab();
    await user.keyboard('{Enter}');
    expect(onAnswered).toHaveBeenLastCalledWith(
      expect.objectContaining({ correct: true, suggested: 'good' }),
    );
    expect(screen.queryByRole('button', { name: 'I was right' })).not.toBeInTheDocument();
  });
});

describe('OrderingAnswer', () => {
  it('is put in order with the keyboard alone, with partial credit shown', async () => {
    const { onAnswered, user } = renderWidget('order-events');
    const answer = question('order-events').answer as string[];
    const list = screen.getByRole('list', { name: 'Your order' });
    const order = () =>
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.ordering-text')?.textContent);
    // Bring each event to its place from the top, moving it up with the keyboard.
    for (let target = 0; target < answer.length; target++) {
      const event = answer[target] as string;
      while (order().indexOf(event) > target) {
        screen.getByRole('button', { name: `Move ${event} up` }).focus();
        await user.keyboard('{Enter}');
      }
    }
    expect(order()).toEqual(answer);
    screen.getByRole('button', { name: 'Check order' }).focus();
    await user.keyboard('{Enter}');
    expect(onAnswered).toHaveBeenCalledWith(expect.objectContaining({ score: 1, suggested: 'good' }));
    expect(screen.getByRole('status')).toHaveTextContent('4 of 4 in the right place');
  });

  it('gives partial credit when only some are in place', async () => {
    const { onAnswered, user } = renderWidget('order-events');
    screen.getByRole('button', { name: 'Check order' }).focus();
    await user.keyboard('{Enter}');
    const outcome = onAnswered.mock.calls[0]?.[0];
    expect(outcome.score).toBeLessThan(1);
    expect(screen.getByText('The right order:')).toBeInTheDocument();
  });
});

describe('OrderingAnswer by pointer', () => {
  it('moves an item by dragging it onto another place', () => {
    renderWidget('order-events');
    const items = () => within(screen.getByRole('list', { name: 'Your order' })).getAllByRole('listitem');
    const texts = () => items().map((item) => item.querySelector('.ordering-text')?.textContent);
    const start = texts();
    const last = items()[3] as HTMLElement;
    const dataTransfer = { setData: vi.fn(), effectAllowed: '' };
    fireEvent.dragStart(last, { dataTransfer });
    fireEvent.dragOver(items()[0] as HTMLElement, { dataTransfer });
    fireEvent.drop(items()[0] as HTMLElement, { dataTransfer });
    expect(texts()).toEqual([start[3], start[0], start[1], start[2]]);
  });
});

describe('MatchingAnswer', () => {
  it('pairs items with the keyboard and scores the pairs', async () => {
    const { onAnswered, user } = renderWidget('match-names');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Emesa' }), 'Homs');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Raqqa' }), 'Homs');
    await user.click(screen.getByRole('button', { name: 'Check pairs' }));
    expect(onAnswered).toHaveBeenCalledWith(expect.objectContaining({ score: 0.5, suggested: 'hard' }));
    expect(screen.getByRole('status')).toHaveTextContent('1 of 2 pairs right');
    expect(screen.getByText('→ Kallinikos')).toBeInTheDocument();
  });
});

describe('ShowInArticle', () => {
  it('shows the article as text with the quote marked', async () => {
    const user = userEvent.setup();
    const q = question('match-names');
    const article = `${deck.article}<img src=x onerror=alert(1)>`;
    render(<ShowInArticle article={article} quote={q.source.quote} section={q.source.section} />);
    await user.click(screen.getByRole('button', { name: 'Show in article' }));
    const region = screen.getByRole('region', { name: 'Article, at The end' });
    expect(region.querySelector('mark')).toHaveTextContent(q.source.quote);
    expect(region.querySelector('img')).toBeNull();
    expect(region).toHaveTextContent('<img src=x onerror=alert(1)>');
    await user.click(screen.getByRole('button', { name: 'Hide article' }));
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});
