import { Link } from 'react-router';
import type { CardStats } from './api';

const LEVELS = [
  ['known', 'Known'],
  ['learning', 'Learning'],
  ['weak', 'Weak'],
  ['new', 'New'],
] as const;

/** Per topic: how many cards are known, learning, weak or new, with a way to study the topic. */
export function MasterySection({ stats, deckId }: { stats: CardStats; deckId: string | undefined }) {
  return (
    <section aria-labelledby="stats-mastery" className="stats-section" data-ready="mastery">
      <h2 id="stats-mastery">Mastery by topic</h2>
      <p className="explain">
        Known: FSRS expects you to recall it at least {Math.round(stats.desiredRetention * 100)}% of the time.
        Weak: forgotten lately or overdue. Study the topic with the most weak cards first.
      </p>
      {stats.mastery.length === 0 ? (
        <p>No cards yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="mastery-table">
            <thead>
              <tr>
                <th scope="col">Topic</th>
                {LEVELS.map(([, name]) => (
                  <th scope="col" key={name}>
                    {name}
                  </th>
                ))}
                {deckId ? <th scope="col">Study</th> : null}
              </tr>
            </thead>
            <tbody>
              {stats.mastery.map((row) => (
                <tr key={row.topic}>
                  <th scope="row" className="topic-name">
                    {row.topic}
                    <span className="mastery-bar" aria-hidden="true">
                      {LEVELS.map(([level]) => (
                        <span
                          key={level}
                          className={`mastery-${level}`}
                          style={{ width: `${(row[level] / row.total) * 100}%` }}
                        />
                      ))}
                    </span>
                  </th>
                  {LEVELS.map(([level]) => (
                    <td key={level} data-testid={`mastery-${row.topic}-${level}`}>
                      {row[level]}
                    </td>
                  ))}
                  {deckId ? (
                    <td>
                      <Link
                        to={`/decks/${deckId}/study?topic=${row.topic}`}
                        aria-label={`Study ${row.topic}`}
                      >
                        Study
                      </Link>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {deckId ? null : <p>Choose a deck above to study one of its topics.</p>}
    </section>
  );
}
