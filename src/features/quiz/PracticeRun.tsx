import { useEffect, useReducer, useRef } from 'react';
import { Link } from 'react-router';
import { AnswerWidget } from '../../components/answer/AnswerWidget';
import { ErrorMessage } from '../../components/error-message';
import {
  type PracticeSetup,
  type PracticeState,
  practiceReducer,
  startPractice,
  summarisePractice,
} from '../../domain/quiz/practice-quiz';
import type { GivenAnswer } from '../../domain/quiz/quiz-result';
import { AnswerReviewList } from './AnswerReviewList';
import { useAddMistakes, useSavePractice } from './api';
import { Countdown } from './Countdown';
import { QuizQuestionCard } from './QuizQuestionCard';

function givenAnswers(answers: PracticeState['answers']): Record<string, GivenAnswer> {
  return Object.fromEntries(Object.entries(answers).map(([id, answer]) => [id, answer.given]));
}

export function PracticeRun({ setup, onAgain }: { setup: PracticeSetup; onAgain: () => void }) {
  const [state, dispatch] = useReducer(practiceReducer, undefined, () =>
    startPractice(setup.questions, Date.now(), setup.timeLimitMinutes),
  );
  const save = useSavePractice();
  const mistakes = useAddMistakes();
  const saved = useRef(false);
  const summary = state.finishedAt === null ? null : summarisePractice(state);
  const next = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (state.endsAt === null || state.finishedAt !== null) return;
    const timer = setTimeout(() => dispatch({ type: 'finish', now: Date.now() }), state.endsAt - Date.now());
    return () => clearTimeout(timer);
  }, [state.endsAt, state.finishedAt]);

  useEffect(() => {
    if (!summary || state.finishedAt === null || saved.current) return;
    saved.current = true;
    save.mutate({
      deckId: setup.deckId,
      startedAt: state.startedAt,
      finishedAt: state.finishedAt,
      timeLimitMinutes: setup.timeLimitMinutes,
      questions: state.questions.map((q, i) => ({
        questionId: q.id,
        given: state.answers[q.id]?.given ?? null,
        outcome: summary.outcomes[i] ?? 'unanswered',
      })),
      score: summary.score,
      outOf: summary.outOf,
    });
  }, [summary, state, setup, save]);

  if (summary) {
    return (
      <section aria-labelledby="practice-done">
        <h1 id="practice-done">Quiz finished</h1>
        <p className="score" data-testid="score">
          Score: {summary.score} / {summary.outOf}
        </p>
        <p>Time: {Math.round(summary.durationMs / 1000)} s</p>
        {save.error !== null && <ErrorMessage error={save.error} />}
        <div className="actions">
          {summary.missedIds.length > 0 && (
            <button
              type="button"
              className="primary"
              disabled={mistakes.isPending || mistakes.isSuccess}
              onClick={() => mistakes.mutate({ deckId: setup.deckId, questionIds: summary.missedIds })}
            >
              Add my mistakes to study
            </button>
          )}
          <button type="button" onClick={onAgain}>
            New quiz
          </button>
        </div>
        {mistakes.isSuccess && (
          <p role="status">
            {summary.missedIds.length} question{summary.missedIds.length === 1 ? '' : 's'} will come first in
            your next study session. <Link to={`/decks/${setup.deckId}/study`}>Study now</Link>
          </p>
        )}
        {mistakes.error !== null && <ErrorMessage error={mistakes.error} />}
        <AnswerReviewList
          questions={state.questions}
          answers={givenAnswers(state.answers)}
          outcomes={summary.outcomes}
          article={setup.article}
        />
      </section>
    );
  }

  const question = state.questions[state.index];
  if (!question) return null;
  const last = state.index === state.questions.length - 1;
  return (
    <section className="quiz-run" aria-labelledby="practice-run">
      <header className="study-header">
        <h1 id="practice-run">Practice quiz</h1>
        <p className="counts">
          <span data-testid="progress">
            Question {state.index + 1} of {state.questions.length}
          </span>
          {state.endsAt !== null && (
            <>
              {' '}
              · <Countdown until={state.endsAt} initial={null} />
            </>
          )}
        </p>
      </header>
      <progress max={state.questions.length} value={state.index} aria-label="Progress" />
      <QuizQuestionCard question={question} next={next}>
        <AnswerWidget
          key={question.id}
          question={question}
          onAnswered={(outcome) =>
            dispatch({ type: 'answer', answer: { given: outcome.given ?? '', correct: outcome.correct } })
          }
        />
      </QuizQuestionCard>
      <div className="actions">
        <button
          type="button"
          className="primary"
          ref={next}
          onClick={() => dispatch({ type: 'next', now: Date.now() })}
        >
          {last ? 'Finish' : 'Next'}
        </button>
        {!last && (
          <button type="button" onClick={() => dispatch({ type: 'finish', now: Date.now() })}>
            Finish now
          </button>
        )}
      </div>
    </section>
  );
}
