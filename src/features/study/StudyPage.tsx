import { useEffect, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { useAskPersistentStorage } from '../../components/persistent-storage';
import { answerText } from '../../domain/deck';
import { GRADES } from '../../domain/grades';
import { queueCounts } from '../../domain/queue';
import { useDeck, useDeckQuestions } from '../decks/api';
import { GradeButtons } from './GradeButtons';
import { useStudySession } from './use-study-session';

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function StudyPage() {
  const { deckId = '' } = useParams();
  const deck = useDeck(deckId);
  const questions = useDeckQuestions(deckId);
  const session = useStudySession(deckId);
  const { card, state, reveal, grade } = session;
  const byKey = useMemo(() => new Map(questions.data?.map((q) => [q.key, q])), [questions.data]);
  const question = card && byKey.get(card.key);
  useAskPersistentStorage(state !== undefined && 'done' in state.step);

  // Anki's keys: Space/Enter reveal, 1–4 grade.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target) || !state) return;
      if (!state.revealed && (event.key === ' ' || event.key === 'Enter')) {
        if (event.target instanceof HTMLButtonElement && event.key === 'Enter') return;
        event.preventDefault();
        reveal();
      } else if (state.revealed && /^[1-4]$/.test(event.key)) {
        event.preventDefault();
        const choice = GRADES[Number(event.key) - 1];
        if (choice) grade(choice);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [state, reveal, grade]);

  if (session.error) return <ErrorMessage error={session.error} />;
  if (deck.data === null)
    return (
      <p role="alert">
        There is no deck "{deckId}". <Link to="/">Back to your decks</Link>
      </p>
    );
  if (session.loading || !state || !questions.data) return <p aria-busy="true">Loading the session…</p>;

  const counts = queueCounts(state.queue);
  return (
    <section className="study" aria-labelledby="study-title">
      <header className="study-header">
        <h1 id="study-title">{deck.data?.title ?? 'Study'}</h1>
        <p className="counts">
          <span className="visually-hidden">Left today: </span>
          <span className="count-new">{counts.fresh} new</span> ·{' '}
          <span className="count-learning">{counts.learning} learning</span> ·{' '}
          <span className="count-review">{counts.reviews} to review</span>
        </p>
      </header>
      {'done' in state.step && (
        <div className="session-end" role="status">
          <h2>Done for today</h2>
          <p>
            You answered {state.answered} card{state.answered === 1 ? '' : 's'} this session.
          </p>
          <Link to={`/decks/${deckId}`}>Back to the deck</Link>
        </div>
      )}
      {'waitUntil' in state.step && (
        <div className="session-end" role="status">
          <h2>Nothing due right now</h2>
          <p>The next learning card comes back at {new Date(state.step.waitUntil).toLocaleTimeString()}.</p>
        </div>
      )}
      {card && question && (
        <article className="card" aria-live="polite">
          <p className="card-topic">{question.topic}</p>
          <h2 className="card-prompt">{question.prompt}</h2>
          {question.options && !state.revealed && (
            <ul className="card-options">
              {question.options.map((option) => (
                <li key={option}>{option}</li>
              ))}
            </ul>
          )}
          {state.revealed ? (
            <>
              <div className="card-answer">
                <p className="answer">{answerText(question)}</p>
                {question.explanation && <p className="explanation">{question.explanation}</p>}
                <blockquote className="quote">
                  <p>{question.source.quote}</p>
                  <footer>— {question.source.section}</footer>
                </blockquote>
              </div>
              <GradeButtons preview={session.preview} onGrade={grade} now={Date.now()} />
            </>
          ) : (
            <button type="button" className="primary" onClick={reveal} aria-keyshortcuts="Space Enter">
              Show answer
            </button>
          )}
        </article>
      )}
    </section>
  );
}
