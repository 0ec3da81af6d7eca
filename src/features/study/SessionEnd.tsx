import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { Link } from 'react-router';
import { useDb } from '../../components/db-context';
import { useFocusFallback } from '../../components/use-focus-fallback';
import { queryKeys } from '../../db/query-keys';
import { nextDue } from '../../db/study';
import { formatInterval } from '../../domain/shared/grades';
import { formatDuration } from '../../domain/shared/time';
import { LEARN_AHEAD_MS } from '../../domain/study/queue';
import type { StudyDay } from '../../domain/study/study-day';
import {
  type SessionSummary,
  type StudySessionState,
  sessionSummary,
} from '../../domain/study/study-session';

function Summary({ summary }: { summary: SessionSummary }) {
  return (
    <dl className="session-summary">
      <div>
        <dt>Cards studied</dt>
        <dd>{summary.studied}</dd>
      </div>
      <div>
        <dt>Correct</dt>
        <dd>{summary.correctPercent === null ? '—' : `${summary.correctPercent}%`}</dd>
      </div>
      <div>
        <dt>Time</dt>
        <dd>{formatDuration(summary.timeMs)}</dd>
      </div>
    </dl>
  );
}

/** The end of a session (or a pause until a learning card comes back): the tally and what is due next. */
export function SessionEnd({
  deckId,
  state,
  day,
  settled,
  onLearnAhead,
}: {
  deckId: string;
  state: StudySessionState;
  day: StudyDay;
  settled: () => Promise<void>;
  onLearnAhead: () => void;
}) {
  const db = useDb();
  const now = Date.now();
  const next = useQuery({
    queryKey: queryKeys.nextDue(deckId, state.answered),
    queryFn: async () => {
      await settled();
      return nextDue(db, deckId, now, day);
    },
  });
  const waiting = 'waitUntil' in state.step ? state.step.waitUntil : null;
  const learning = state.queue.learning.length;
  const early = state.queue.learning.filter((card) => card.due <= now + LEARN_AHEAD_MS).length;
  // The last grade took its button away: the tally gets focus, not <body>.
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusFallback(heading, waiting);
  return (
    <div className="session-end" role="status">
      <h2 ref={heading} tabIndex={-1}>
        Done for now
      </h2>
      <Summary summary={sessionSummary(state)} />
      {waiting !== null && (
        <>
          <p className="learning-left">
            {learning} card{learning === 1 ? ' is' : 's are'} still in learning. The next comes back in{' '}
            {formatInterval(waiting - now)}; this page shows it then.
          </p>
          {early > 0 && (
            <button type="button" onClick={onLearnAhead}>
              Study {early === 1 ? 'it' : `the ${early}`} now, early
            </button>
          )}
        </>
      )}
      {next.data && (
        <p className="next-due">
          {next.data.at === null
            ? 'Nothing else is scheduled in this deck yet.'
            : `Next card due in ${formatInterval(next.data.at - now)} (${new Date(next.data.at).toLocaleString()}). ${next.data.dueByTomorrowEnd} card${next.data.dueByTomorrowEnd === 1 ? '' : 's'} due by the end of tomorrow.`}
        </p>
      )}
      <Link to={`/decks/${deckId}`}>Back to the deck</Link>
    </div>
  );
}
