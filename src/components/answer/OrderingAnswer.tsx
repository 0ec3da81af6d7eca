import { type DragEvent, useEffect, useMemo, useRef, useState } from 'react';
import { type AnswerOutcome, scoreOrdering, stableShuffle } from '../../domain/shared/answer-score';
import type { AnswerWidgetProps } from './types';

/** Moves the item at `from` to `to`, keeping the others in order. */
function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** Ordering: arrange events with Move up / Move down buttons, or drag them with a pointer. */
export function OrderingAnswer({ question, onAnswered }: AnswerWidgetProps) {
  const answer = useMemo(
    () => (Array.isArray(question.answer) ? question.answer : [question.answer]),
    [question],
  );
  // The deck's own shuffled order when it gives one (options holding the same items), else a fixed shuffle.
  const [items, setItems] = useState(() => {
    const given = question.options;
    const same =
      given?.length === answer.length && [...given].sort().join('\n') === [...answer].sort().join('\n');
    return given && same ? [...given] : stableShuffle(answer, question.id);
  });
  const [outcome, setOutcome] = useState<AnswerOutcome | null>(null);
  const dragged = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const focusAfterMove = useRef<{ item: string; up: boolean } | null>(null);

  function move(from: number, to: number, refocus = false) {
    if (outcome || to < 0 || to >= items.length) return;
    const item = items[from];
    setItems(moved(items, from, to));
    if (refocus && item !== undefined) focusAfterMove.current = { item, up: to < from };
  }

  // Keep focus on the moved item (the same arrow, or its other arrow at the ends) so it can move again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each move, which changes `items`
  useEffect(() => {
    const target = focusAfterMove.current;
    focusAfterMove.current = null;
    if (!target) return;
    const row = list.current?.querySelector(`li[data-item="${CSS.escape(target.item)}"]`);
    const buttons = [...(row?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const same = buttons[target.up ? 0 : 1];
    (same && !same.disabled ? same : buttons.find((button) => !button.disabled))?.focus();
  }, [items]);

  function check() {
    const scored = scoreOrdering(answer, items);
    setOutcome(scored);
    onAnswered({ ...scored, given: items });
  }

  const onDrop = (to: number) => (event: DragEvent) => {
    event.preventDefault();
    if (dragged.current !== null) move(dragged.current, to);
    dragged.current = null;
  };

  return (
    <div className="ordering-answer">
      <p className="hint">Put these in order, first at the top. Drag them, or use the arrow buttons.</p>
      <ol className="ordering-list" ref={list} aria-label="Your order">
        {items.map((item, i) => {
          const mark = outcome ? (answer[i] === item ? 'is-right' : 'is-wrong') : '';
          return (
            <li
              key={item}
              data-item={item}
              className={`ordering-item ${mark}`}
              draggable={!outcome}
              onDragStart={(event) => {
                dragged.current = i;
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', item);
              }}
              onDragOver={(event) => event.preventDefault()}
              onDrop={onDrop(i)}
            >
              <span className="ordering-text">{item}</span>
              {outcome && (
                <span className="visually-hidden">
                  {answer[i] === item ? ' (right place)' : ' (wrong place)'}
                </span>
              )}
              <span className="ordering-moves">
                <button
                  type="button"
                  aria-label={`Move ${item} up`}
                  disabled={!!outcome || i === 0}
                  onClick={() => move(i, i - 1, true)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Move ${item} down`}
                  disabled={!!outcome || i === items.length - 1}
                  onClick={() => move(i, i + 1, true)}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {outcome ? (
        <div className="ordering-result">
          <p role="status">{outcome.summary}.</p>
          {!outcome.correct && (
            <>
              <p>The right order:</p>
              <ol>
                {answer.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ol>
            </>
          )}
        </div>
      ) : (
        <button type="button" onClick={check}>
          Check order
        </button>
      )}
    </div>
  );
}
