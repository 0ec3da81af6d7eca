import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { formatInterval } from '../../domain/shared/grades';
import { formatDuration } from '../../domain/shared/time';
import type { MasteryLevel } from '../../domain/stats/mastery';
import { type CardRecord, cardKey } from '../../domain/study/card';
import { useCardDetail } from './api';
import { ForgettingCurveChart } from './ForgettingCurveChart';
import { formatDate, formatDateTime } from './format';

/** The card's mastery in words, as the Mastery by topic section counts it. */
function standingText(standing: MasteryLevel | null, card: CardRecord): string {
  if (standing === null) return 'Not studied yet.';
  if (standing === 'learning')
    return `Learning: in its learning or relearning steps, next due ${formatDateTime(card.due)}.`;
  if (standing === 'known') return `Known: next due ${formatDate(card.due)}.`;
  return card.queue === 'suspended'
    ? "Weak: set aside as a leech (free it from the deck's page)."
    : `Weak: due since ${formatDate(card.due)}.`;
}

/** /stats/:deckId/cards/:questionId — one card's answers and its forgetting curve. */
export function CardPage() {
  const { deckId = '', questionId = '' } = useParams();
  const detail = useCardDetail(cardKey(deckId, questionId));
  if (detail.error) return <ErrorMessage error={detail.error} />;
  if (detail.isPending) return <p aria-busy="true">Loading the card…</p>;
  const back = <Link to={`/stats/${deckId}`}>Back to the deck's statistics</Link>;
  if (!detail.data) {
    return (
      <section>
        <h1>Card not found</h1>
        <p>There is no such card in this browser. {back}</p>
      </section>
    );
  }
  const { prompt, answer, history, curve, desiredRetention, standing, card } = detail.data;
  return (
    <section aria-labelledby="card-title" className="stats-page">
      <p>{back}</p>
      <h1 id="card-title" className="card-prompt">
        {prompt}
      </h1>
      {answer ? <p>Answer: {Array.isArray(answer) ? answer.join(', ') : answer}</p> : null}
      <p data-testid="card-standing">{standingText(standing, card)}</p>
      <section aria-labelledby="card-curve" className="stats-section">
        <h2 id="card-curve">Forgetting curve</h2>
        <p className="explain">
          Your chance of recalling this card since you last answered it. In review, FSRS brings it back when
          it nears {Math.round(desiredRetention * 100)}% (the dashed line); in learning steps, after the
          step's fixed time.
        </p>
        {curve ? <ForgettingCurveChart curve={curve} desired={desiredRetention} /> : <p>Not studied yet.</p>}
      </section>
      <section aria-labelledby="card-history" className="stats-section">
        <h2 id="card-history">History</h2>
        <p className="explain">
          Every answer you gave this card and how long FSRS waited before asking again.
        </p>
        {history.length === 0 ? (
          <p>No answers yet.</p>
        ) : (
          <div className="table-scroll">
            <table className="history-table">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Grade</th>
                  <th scope="col">Was</th>
                  <th scope="col">Next in</th>
                  <th scope="col">Took</th>
                </tr>
              </thead>
              <tbody>
                {history.map((row) => (
                  <tr key={row.reviewedAt}>
                    <td>{formatDateTime(row.reviewedAt)}</td>
                    <td className={`grade-text-${row.grade}`}>{row.grade}</td>
                    <td>{row.phase}</td>
                    <td>{formatInterval(row.intervalMs)}</td>
                    <td>
                      {row.durationMs < 60_000
                        ? `${Math.round(row.durationMs / 1000)} s`
                        : formatDuration(row.durationMs)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}
