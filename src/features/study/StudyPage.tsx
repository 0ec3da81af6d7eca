import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { isAutoChecked } from '../../components/answer/AnswerWidget';
import { useDeck, useDeckQuestions } from '../../components/deck-queries';
import { ErrorMessage } from '../../components/error-message';
import { useAskPersistentStorage } from '../../components/persistent-storage';
import {
  describeStudy,
  parseStudyOptions,
  type StudyOptions,
  writesSchedule,
} from '../../domain/study/custom-study';
import { type QueueCounts, queueCounts } from '../../domain/study/queue';
import { SessionEnd } from './SessionEnd';
import { StudyCard } from './StudyCard';
import { useStudyKeys } from './use-study-keys';
import { useStudySession } from './use-study-session';

/**
 * What is left, in the words of the session: Anki's new · learning · to review for today's
 * cards; for custom study (where every card sits in one list), how many are left to go
 * through and how many come back after Again.
 */
function QueueCountsLine({ counts, options }: { counts: QueueCounts; options: StudyOptions }) {
  if (options.mode !== 'normal') {
    const verb = options.mode === 'cram' ? 'to practise' : 'to review';
    return (
      <p className="counts">
        <span className="visually-hidden">Left: </span>
        <span className="count-review">
          {counts.reviews + counts.fresh} {verb}
        </span>{' '}
        · <span className="count-learning">{counts.learning} coming back</span>
      </p>
    );
  }
  return (
    <p className="counts">
      <span className="visually-hidden">Left: </span>
      <span className="count-new">{counts.fresh} new</span> ·{' '}
      <span className="count-learning">{counts.learning} learning</span> ·{' '}
      <span className="count-review">{counts.reviews} to review</span>
    </p>
  );
}

export function StudyPage() {
  const { deckId = '' } = useParams();
  const [search] = useSearchParams();
  const options = useMemo(() => parseStudyOptions(search), [search]);
  const deck = useDeck(deckId);
  const questions = useDeckQuestions(deckId);
  const session = useStudySession(deckId, options);
  const { card, state } = session;
  const byKey = useMemo(() => new Map(questions.data?.map((q) => [q.key, q])), [questions.data]);
  const question = card && byKey.get(card.key);
  useAskPersistentStorage(state !== undefined && 'done' in state.step);

  useStudyKeys({
    active: state !== undefined,
    revealed: state?.revealed ?? false,
    canReveal: question !== undefined && !isAutoChecked(question.type),
    suggested: state?.outcome?.suggested,
    reveal: session.reveal,
    grade: session.grade,
    undo: session.undo,
  });

  if (session.error) return <ErrorMessage error={session.error} />;
  if (deck.data === null)
    return (
      <p role="alert">
        There is no deck "{deckId}". <Link to="/">Back to your decks</Link>
      </p>
    );
  if (session.loading || !state || !questions.data || !session.day)
    return <p aria-busy="true">Loading the session…</p>;

  return (
    <section className="study" aria-labelledby="study-title">
      <header className="study-header">
        <h1 id="study-title">{deck.data?.title ?? 'Study'}</h1>
        <QueueCountsLine counts={queueCounts(state.queue)} options={options} />
      </header>
      {options.mode !== 'normal' || options.topic ? (
        <p className={`study-mode${writesSchedule(options) ? '' : ' is-cram'}`}>{describeStudy(options)}</p>
      ) : null}
      <div className="study-tools">
        <button
          type="button"
          onClick={session.undo}
          disabled={!session.canUndo}
          aria-keyshortcuts="Z Control+Z"
          title="Undo the last answer (Z)"
        >
          Undo
        </button>
      </div>
      {session.notice && (
        <p className="notice" role="alert">
          {session.notice}
        </p>
      )}
      {!card && (
        <SessionEnd
          deckId={deckId}
          state={state}
          day={session.day}
          settled={session.settled}
          onLearnAhead={session.learnAhead}
        />
      )}
      {question && (
        <StudyCard
          // A card that comes straight back (a learning step) starts afresh.
          key={`${question.key}@${state.shownAt}`}
          question={question}
          article={deck.data?.article}
          revealed={state.revealed}
          outcome={state.outcome}
          preview={session.preview}
          onReveal={() => session.reveal()}
          onAnswered={session.reveal}
          onGrade={session.grade}
        />
      )}
    </section>
  );
}
