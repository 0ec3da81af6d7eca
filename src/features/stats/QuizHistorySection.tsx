import { useId } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { TOPICS, type Topic } from '../../domain/shared/deck';
import { describeTrend } from '../../domain/stats/quiz-trend';
import { type DeckQuizScores, useQuizScores } from './api';
import { formatDate, formatDateTime, plural } from './format';
import { QuizScoreChart } from './QuizScoreChart';

function topicText(topics: readonly Topic[]): string {
  if (topics.length === 0) return '—';
  return topics.length === TOPICS.length ? 'all topics' : topics.join(', ');
}

function DeckQuizHistory({ deck }: { deck: DeckQuizScores }) {
  const headingId = useId();
  const { points, latest, best, trend } = deck;
  const trendText = trend ? describeTrend(trend) : 'take another quiz to see one';
  const first = points[0];
  const summary = `${deck.title}: ${plural(points.length, 'practice quiz', 'practice quizzes')}${
    first ? ` from ${formatDate(first.finishedAt)} to ${formatDate(latest.finishedAt)}` : ''
  }; latest score ${latest.percent}%, best ${best.percent}%, trend ${trendText}.`;
  return (
    <article className="quiz-deck" aria-labelledby={headingId} data-testid={`quiz-history-${deck.deckId}`}>
      <h3 id={headingId}>{deck.title}</h3>
      <dl className="stats-figures">
        <div>
          <dt>Latest</dt>
          <dd data-testid="quiz-latest">{latest.percent}%</dd>
        </div>
        <div>
          <dt>Best</dt>
          <dd data-testid="quiz-best">{best.percent}%</dd>
        </div>
        <div>
          <dt>Quizzes</dt>
          <dd>{points.length}</dd>
        </div>
      </dl>
      <p className="quiz-trend" data-testid="quiz-trend">
        Trend: <strong>{trendText}</strong>.
      </p>
      <QuizScoreChart points={points} summary={summary} />
      <details className="chart-table">
        <summary>Show every quiz</summary>
        <table>
          <caption className="visually-hidden">Practice quizzes on {deck.title}, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Score</th>
              <th scope="col">Topics</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={`${point.startedAt}-${point.finishedAt}`}>
                <th scope="row">{formatDateTime(point.finishedAt)}</th>
                <td>
                  <strong>{point.percent}%</strong>{' '}
                  <span className="quiz-score-count">
                    ({point.score} of {point.outOf} right)
                  </span>
                </td>
                <td>{topicText(point.topics)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </article>
  );
}

/** Practice quiz scores over time, one chart and table per deck. */
export function QuizHistorySection({ deckId }: { deckId: string | undefined }) {
  const query = useQuizScores(deckId);
  return (
    <section
      aria-labelledby="stats-quizzes"
      className="stats-section"
      data-ready={query.data ? 'quizzes' : undefined}
    >
      <h2 id="stats-quizzes">Quiz history</h2>
      <p className="explain">
        Your practice quiz scores, oldest to newest. A line that climbs means what you study is sticking; a
        dip shows where to look again.
      </p>
      {query.error ? <ErrorMessage error={query.error} /> : null}
      {!query.data && !query.error && <p aria-busy="true">Reading your quizzes…</p>}
      {query.data?.length === 0 && (
        <p>
          No practice quizzes {deckId === undefined ? 'yet' : 'on this deck yet'}.{' '}
          <Link to="/quizzes/practice">Take a practice quiz</Link> on the Quizzes page to see your scores
          here.
        </p>
      )}
      {query.data?.map((deck) => (
        <DeckQuizHistory key={deck.deckId} deck={deck} />
      ))}
    </section>
  );
}
