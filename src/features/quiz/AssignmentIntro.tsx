import { useCallback, useEffect, useRef, useState } from 'react';
import { ErrorMessage } from '../../components/error-message';
import type { AssignmentRow } from '../../db/app-db';
import { attemptPlan } from '../../domain/quiz/quiz-plan';
import { type AttemptClosedError, MusterError } from '../../domain/shared/errors';
import { AttemptResult } from './AttemptResult';
import { AttemptRunner } from './AttemptRunner';
import { useAttemptActions, useAttempts } from './api';
import { randomId } from './ids';
import { formatDate } from './SharePage';

/** The assignment as a student first sees it; then their running attempt, or their results. */
export function AssignmentIntro({ row }: { row: AssignmentRow }) {
  const { assignment } = row;
  const attempts = useAttempts(assignment.id);
  const actions = useAttemptActions(assignment.id);
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  // Set when this tab's answer or submit met an attempt submitted elsewhere: said above the result.
  const [closed, setClosed] = useState<AttemptClosedError | null>(null);
  const closedNotice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The runner that had focus is gone; the notice takes it, so it is read first.
    if (closed) closedNotice.current?.focus();
  }, [closed]);
  const { refetch } = attempts;
  const onClosed = useCallback(
    (caught: AttemptClosedError) => {
      setClosed(caught);
      void refetch();
    },
    [refetch],
  );
  if (attempts.error) return <ErrorMessage error={attempts.error} />;
  if (!attempts.data) return <p aria-busy="true">Loading your attempts…</p>;
  const running = attempts.data.find((a) => a.submittedAt === null);
  const submitted = attempts.data.filter((a) => a.submittedAt !== null);
  const left = assignment.attemptsAllowed - submitted.length;
  const pastDue = assignment.dueAt !== null && Date.now() > assignment.dueAt;

  if (running && !closed)
    return <AttemptRunner row={row} attempt={running} actions={actions} onClosed={onClosed} />;

  async function start(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      if (name.trim() === '')
        throw new MusterError('Type your name, so your teacher knows whose result this is.');
      const id = randomId();
      await actions.start({
        id,
        assignmentId: assignment.id,
        student: name.trim(),
        startedAt: Date.now(),
        submittedAt: null,
        answers: {},
        resultCode: null,
        ...attemptPlan(assignment, id),
      });
      setClosed(null);
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <section aria-labelledby="assignment-title">
      <h1 id="assignment-title">{assignment.title}</h1>
      {closed && (
        <p role="alert" className="error" tabIndex={-1} ref={closedNotice}>
          {closed.message}
        </p>
      )}
      <dl className="facts">
        {assignment.className && (
          <div>
            <dt>Class</dt>
            <dd>{assignment.className}</dd>
          </div>
        )}
        {assignment.teacher && (
          <div>
            <dt>Teacher</dt>
            <dd>{assignment.teacher}</dd>
          </div>
        )}
        <div>
          <dt>Due</dt>
          <dd data-testid="due">{formatDate(assignment.dueAt)}</dd>
        </div>
        <div>
          <dt>Questions</dt>
          <dd>{assignment.questions.length}</dd>
        </div>
        <div>
          <dt>Time limit</dt>
          <dd>{assignment.timeLimitMinutes === null ? 'none' : `${assignment.timeLimitMinutes} minutes`}</dd>
        </div>
      </dl>
      {submitted.map((attempt) => (
        <AttemptResult key={attempt.id} row={row} attempt={attempt} />
      ))}
      {left > 0 ? (
        <form className="quiz-form" onSubmit={start}>
          {pastDue && (
            <p role="status" className="warning">
              The due date has passed. You can still take it; your teacher will see it as late.
            </p>
          )}
          <label>
            Your name
            <input
              required
              maxLength={100}
              autoComplete="name"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <button type="submit" className="primary">
            {submitted.length === 0 ? 'Start' : 'Start another attempt'}
          </button>
          {error !== null && <ErrorMessage error={error} />}
        </form>
      ) : (
        <p role="status">
          {assignment.attemptsAllowed === 1
            ? 'You have used your one attempt at this assignment.'
            : `You have used all ${assignment.attemptsAllowed} attempts at this assignment.`}
        </p>
      )}
    </section>
  );
}
