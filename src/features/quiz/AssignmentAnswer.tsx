import { useEffect, useId } from 'react';
import { isShortcut } from '../../components/answer/keys';
import type { GivenAnswer } from '../../domain/quiz/quiz-result';
import { matchingPairs, stableShuffle } from '../../domain/shared/answer-score';
import type { Question } from '../../domain/shared/deck';

/*
 * Why not the study answer widgets (src/components/answer)? They judge each answer the
 * moment it is given and show the verdict, which is right for study and practice. An
 * assignment must not: it records what the student answers, lets them change it until
 * Submit, and the verdict comes from the teacher's gradebook (and from the student's
 * result only if the teacher allows it). So this input records and never judges; the
 * grading is the same shared checking (src/domain/quiz/grading.ts checkAnswer).
 */

interface Props {
  question: Question;
  /** The options in the order this student sees them. */
  options: readonly string[] | undefined;
  value: GivenAnswer | undefined;
  onAnswer: (given: GivenAnswer) => void;
}

function ChoiceInput({ question, options, value, onAnswer }: Props) {
  const choices = options ?? [];
  // Keys 1–9 pick an option, as in study and practice; here a pick can still be changed.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!isShortcut(event) || !/^[1-9]$/.test(event.key)) return;
      const option = choices[Number(event.key) - 1];
      if (option === undefined) return;
      event.preventDefault();
      onAnswer(option);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  return (
    <fieldset className="answer-options">
      <legend className="visually-hidden">Choose one answer (keys 1 to {Math.min(9, choices.length)})</legend>
      {choices.map((option, i) => (
        <label key={option} className="answer-option">
          <input
            type="radio"
            name={`answer-${question.id}`}
            value={option}
            checked={value === option}
            onChange={() => onAnswer(option)}
            aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
          />{' '}
          {i < 9 && (
            <span className="option-key" aria-hidden="true">
              {i + 1}
            </span>
          )}{' '}
          {option}
        </label>
      ))}
    </fieldset>
  );
}

function OrderInput({ question, value, onAnswer }: Props) {
  const answer = Array.isArray(question.answer) ? question.answer : [question.answer];
  const order = Array.isArray(value) ? value : stableShuffle(answer, question.id);
  const move = (from: number, to: number) => {
    const next = [...order];
    const [item] = next.splice(from, 1);
    if (item !== undefined) next.splice(to, 0, item);
    onAnswer(next);
  };
  return (
    <ol className="answer-order" aria-label="Put these in order">
      {order.map((item, i) => (
        <li key={item}>
          <span>{item}</span>
          <button
            type="button"
            disabled={i === 0}
            onClick={() => move(i, i - 1)}
            aria-label={`Move ${item} up`}
          >
            ↑
          </button>
          <button
            type="button"
            disabled={i === order.length - 1}
            onClick={() => move(i, i + 1)}
            aria-label={`Move ${item} down`}
          >
            ↓
          </button>
        </li>
      ))}
    </ol>
  );
}

function MatchInput({ question, value, onAnswer }: Props) {
  const id = useId();
  const pairs = matchingPairs(question);
  const partners = stableShuffle(
    pairs.map((pair) => pair.right),
    question.id,
  );
  const chosen = Array.isArray(value) ? value : pairs.map(() => '');
  return (
    <div className="answer-match">
      {pairs.map((pair, i) => (
        <div key={pair.left}>
          <label htmlFor={`${id}-${i}`}>{pair.left}</label>{' '}
          <select
            id={`${id}-${i}`}
            value={chosen[i] ?? ''}
            onChange={(e) => onAnswer(chosen.map((c, j) => (j === i ? e.target.value : c)))}
          >
            <option value="">Choose…</option>
            {partners.map((right) => (
              <option key={right} value={right}>
                {right}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  );
}

function TextInput({ value, onAnswer }: Props) {
  return (
    <label className="answer-typed">
      Your answer
      <input
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onAnswer(e.target.value)}
      />
    </label>
  );
}

/** Records a student's answer to one assignment question; shows no verdict. */
export function AssignmentAnswer(props: Props) {
  switch (props.question.type) {
    case 'multiple-choice':
    case 'true-false':
      return props.options ? <ChoiceInput {...props} /> : <TextInput {...props} />;
    case 'ordering':
      return <OrderInput {...props} />;
    case 'matching':
      return <MatchInput {...props} />;
    default:
      return <TextInput {...props} />;
  }
}
