import type { Question } from '../../domain/deck';
import type { GivenAnswer } from '../../domain/quiz-result';

/*
 * TEMPORARY SEAM. Quizzes must use the study feature's answer widgets
 * (src/components/answer/), which are being written in another branch. Until they land on
 * main, this one input stands in for them; when they land, it is replaced by them.
 */

export function AnswerInput({
  question,
  options,
  value,
  onAnswer,
}: {
  question: Question;
  /** The options in the order this learner sees them. */
  options: readonly string[] | undefined;
  value: GivenAnswer | undefined;
  onAnswer: (given: GivenAnswer) => void;
}) {
  if (options && (question.type === 'multiple-choice' || question.type === 'true-false')) {
    return (
      <fieldset className="answer-options">
        <legend className="visually-hidden">Choose one answer</legend>
        {options.map((option) => (
          <label key={option} className="answer-option">
            <input
              type="radio"
              name={`answer-${question.id}`}
              value={option}
              checked={value === option}
              onChange={() => onAnswer(option)}
            />{' '}
            {option}
          </label>
        ))}
      </fieldset>
    );
  }
  if (Array.isArray(question.answer)) {
    const order = Array.isArray(value) ? value : [...(options ?? question.answer)].sort();
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
            {item}{' '}
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
  return (
    <label className="answer-typed">
      Your answer
      <input
        type="text"
        autoComplete="off"
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => onAnswer(e.target.value)}
      />
    </label>
  );
}
