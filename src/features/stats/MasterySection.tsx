import { Link } from 'react-router';
import type { CardStats } from './api';
import { plural } from './format';

const LEVELS = [
  ['known', 'Known'],
  ['learning', 'Learning'],
  ['weak', 'Weak'],
] as const;

/** Per topic: how many studied cards are known, learning or weak, with a way to study the topic. */
export function MasterySection({ stats, deckId }: { stats: CardStats; deckId: string | undefined }) {
  return (
    <section aria-labelledby="stats-mastery" className="stats-section" data-ready="mastery">
      <h2 id="stats-mastery">Mastery by topic</h2>
      <p className="explain">
        Known: not due yet; FSRS brings a card back when your chance of recalling it falls to about{' '}
        {Math.round(stats.desiredRetention * 100)}% (the desired retention when you last answered it).
        Learning: in its first steps, or relearning after you forgot it. Weak: due or overdue, or set aside as
        a leech. Study the topic with the most weak cards first.
      </p>
      <p data-testid="not-started">{plural(stats.notStarted, 'card')} not started yet.</p>
      {stats.mastery.length === 0 ? (
        <p>No studied cards yet.</p>
      ) : (
        <ul className="mastery-list">
          {stats.mastery.map((row) => (
            <li key={row.topic}>
              <div className="mastery-head">
                <h3 className="topic-name">{row.topic}</h3>
                {deckId ? (
                  <Link to={`/decks/${deckId}/study?topic=${row.topic}`} aria-label={`Study ${row.topic}`}>
                    Study
                  </Link>
                ) : null}
              </div>
              <span className="mastery-bar" aria-hidden="true">
                {LEVELS.map(([level]) => (
                  <span
                    key={level}
                    className={`mastery-${level}`}
                    style={{ width: `${(row[level] / row.total) * 100}%` }}
                  />
                ))}
              </span>
              <dl className="mastery-counts">
                {LEVELS.map(([level, name]) => (
                  <div key={level}>
                    <dt>
                      <span className={`mastery-key mastery-${level}`} aria-hidden="true" />
                      {name}
                    </dt>
                    <dd data-testid={`mastery-${row.topic}-${level}`}>{row[level]}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      )}
      {deckId ? null : <p>Choose a deck above to study one of its topics.</p>}
    </section>
  );
}
