import { useCallback, useEffect, useRef, useState } from 'react';
import { ErrorMessage } from '../../components/error-message';
import type { AssignmentAttemptRow, AssignmentRow } from '../../db/app-db';
import { checkAnswer, gradeAnswers } from '../../domain/quiz/grading';
import { timeLeftMs } from '../../domain/quiz/quiz-plan';
import { encodeResult } from '../../domain/quiz/quiz-result';
import { AttemptClosedError } from '../../domain/shared/errors';
import { AssignmentAnswer } from './AssignmentAnswer';
import type { useAttemptActions } from './api';
import { Countdown } from './Countdown';
import { QuizQuestionCard } from './QuizQuestionCard';
import { resultOfAttempt } from './result-of-attempt';

/**
 * One question at a time; every answer is saved as it is given; the clock runs from the start.
 * A write refused because the attempt was submitted elsewhere goes to `onClosed`, which
 * replaces this screen with the submitted result.
 */
export function AttemptRunner({
  row,
  attempt,
  actions,
  onClosed,
}: {
  row: AssignmentRow;
  attempt: AssignmentAttemptRow;
  actions: ReturnType<typeof useAttemptActions>;
  onClosed: (error: AttemptClosedError) => void;
}) {
  const { assignment } = row;
  const firstUnanswered = attempt.questionOrder.findIndex((id) => attempt.answers[id] === undefined);
  const [index, setIndex] = useState(Math.max(0, firstUnanswered));
  const [error, setError] = useState<unknown>(null);
  /** A failed write: shown here, unless the attempt was closed elsewhere (then the result shows). */
  const fail = useCallback(
    (caught: unknown) => (caught instanceof AttemptClosedError ? onClosed(caught) : setError(caught)),
    [onClosed],
  );
  /** Submitting with questions unanswered asks first: an attempt may be the only one allowed. */
  const [confirming, setConfirming] = useState(false);
  const keepAnswering = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keepAnswering.current?.focus();
  }, [confirming]);
  const submitting = useRef(false);
  // The screen follows the learner at once; writes run in order behind it, and Submit
  // waits for the last one.
  const [answers, setAnswers] = useState(attempt.answers);
  const writes = useRef<Promise<void>>(Promise.resolve());
  const next = useRef<HTMLButtonElement>(null);
  const questionId = attempt.questionOrder[index] ?? '';
  const question = assignment.questions.find((q) => q.id === questionId);
  const total = attempt.questionOrder.length;

  const submit = useCallback(async () => {
    if (submitting.current) return;
    submitting.current = true;
    try {
      await writes.current;
      const submittedAt = Date.now();
      const { score } = gradeAnswers(assignment.questions, answers, checkAnswer);
      const code = await encodeResult(resultOfAttempt(row, { ...attempt, answers }, submittedAt, score));
      await actions.submit(attempt.id, submittedAt, code);
    } catch (caught) {
      submitting.current = false;
      fail(caught);
    }
  }, [assignment, attempt, actions, row, answers, fail]);

  const limitEnds =
    assignment.timeLimitMinutes === null ? null : attempt.startedAt + assignment.timeLimitMinutes * 60_000;
  useEffect(() => {
    if (limitEnds === null) return;
    const timer = setTimeout(() => void submit(), Math.max(0, limitEnds - Date.now()));
    return () => clearTimeout(timer);
  }, [limitEnds, submit]);

  if (!question)
    return <ErrorMessage error={new Error('This attempt lists a question the assignment lacks.')} />;
  const answered = attempt.questionOrder.filter((id) => answers[id] !== undefined).length;
  return (
    <section className="quiz-run" aria-labelledby="run-title">
      <header className="study-header">
        <h1 id="run-title">{assignment.title}</h1>
        <p className="counts">
          {attempt.student} ·{' '}
          <span data-testid="progress">
            Question {index + 1} of {total}
          </span>{' '}
          · {answered} answered
          {limitEnds !== null && (
            <>
              {' '}
              ·{' '}
              <Countdown
                until={limitEnds}
                initial={timeLeftMs(assignment.timeLimitMinutes, attempt.startedAt, Date.now())}
              />
            </>
          )}
        </p>
      </header>
      <progress max={total} value={answered} aria-label="Answered" />
      <QuizQuestionCard question={question} next={next}>
        <AssignmentAnswer
          key={question.id}
          question={question}
          options={attempt.optionOrder[question.id]}
          value={answers[question.id]}
          onAnswer={(given) => {
            setAnswers((before) => ({ ...before, [question.id]: given }));
            writes.current = writes.current
              .then(() => actions.answer(attempt.id, question.id, given))
              .catch(fail);
          }}
        />
      </QuizQuestionCard>
      <div className="actions">
        <button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          Previous
        </button>
        {index < total - 1 ? (
          <button type="button" className="primary" ref={next} onClick={() => setIndex(index + 1)}>
            Next
          </button>
        ) : null}
        <button
          type="button"
          className={index === total - 1 ? 'primary' : ''}
          onClick={() => (answered < total ? setConfirming(true) : void submit())}
        >
          Submit
        </button>
      </div>
      {confirming && (
        <div className="notice" role="alertdialog" aria-labelledby="confirm-submit">
          <p id="confirm-submit">
            {total - answered} of {total} question{total === 1 ? '' : 's'}{' '}
            {total - answered === 1 ? 'is' : 'are'} unanswered. Submit anyway? After submitting you cannot
            change your answers.
          </p>
          <button type="button" className="primary" onClick={() => void submit()}>
            Submit anyway
          </button>{' '}
          <button type="button" ref={keepAnswering} onClick={() => setConfirming(false)}>
            Keep answering
          </button>
        </div>
      )}
      {error !== null && <ErrorMessage error={error} />}
    </section>
  );
}
