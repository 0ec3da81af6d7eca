import { useEffect, useState } from 'react';
import { outcomeOf } from '../../domain/shared/answer-score';
import { answerText } from '../../domain/shared/deck';
import { isShortcut } from './keys';
import type { AnswerWidgetProps } from './types';

/** Multiple choice and true/false: buttons named by their text; keys 1–9 pick. */
export function ChoiceAnswer({ question, onAnswered }: AnswerWidgetProps) {
  const options = question.options ?? [];
  const answer = answerText(question);
  const [picked, setPicked] = useState<string | null>(null);

  function pick(option: string) {
    if (picked !== null) return;
    setPicked(option);
    const right = option === answer;
    onAnswered({
      ...outcomeOf(right ? 1 : 0, right ? 'Right.' : `Not quite: the answer is ${answer}.`),
      given: option,
    });
  }

  useEffect(() => {
    if (picked !== null) return;
    function onKey(event: KeyboardEvent) {
      if (!isShortcut(event) || !/^[1-9]$/.test(event.key)) return;
      const option = options[Number(event.key) - 1];
      if (option === undefined) return;
      event.preventDefault();
      pick(option);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <>
      <ol className="choice-options">
        {options.map((option, i) => {
          const state =
            picked === null
              ? ''
              : option === answer
                ? 'is-right'
                : option === picked
                  ? 'is-wrong'
                  : 'is-other';
          return (
            <li key={option}>
              <button
                type="button"
                className={`choice ${state}`}
                aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
                aria-pressed={picked === option}
                disabled={picked !== null}
                onClick={() => pick(option)}
              >
                <span className="choice-key" aria-hidden="true">
                  {i < 9 ? i + 1 : ''}
                </span>
                {option}
                {picked !== null && option === answer && (
                  <span className="visually-hidden">, the answer</span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
      {picked !== null && (
        <p className={`verdict ${picked === answer ? 'is-right-text' : 'is-wrong-text'}`} role="status">
          {picked === answer ? 'Right.' : `Not quite: the answer is ${answer}.`}
        </p>
      )}
    </>
  );
}
