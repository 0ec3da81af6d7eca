import { Link } from 'react-router';
import type { CardStats } from './api';
import { formatPercent, plural } from './format';

/** Studied cards, weakest first, each linking to its history and forgetting curve. */
export function CardListSection({ stats, onShowMore }: { stats: CardStats; onShowMore: () => void }) {
  return (
    <section aria-labelledby="stats-cards" className="stats-section" data-ready="cards">
      <h2 id="stats-cards">Cards, weakest first</h2>
      <p className="explain">
        The cards you are most likely to forget today; open one to see its history and forgetting curve.
      </p>
      {stats.weakest.length === 0 ? (
        <p>No studied cards yet: study a deck and they will appear here.</p>
      ) : (
        <>
          <ol className="card-list" aria-labelledby="stats-cards">
            {stats.weakest.map((card) => (
              <li key={card.key}>
                <Link to={`/stats/${card.deckId}/cards/${encodeURIComponent(card.questionId)}`}>
                  {card.prompt}
                </Link>
                <span className="card-list-meta">
                  {card.topic} · recall {formatPercent(card.recall)} · {plural(card.lapses, 'lapse')}
                </span>
              </li>
            ))}
          </ol>
          {stats.weakest.length < stats.studiedCount ? (
            <button type="button" onClick={onShowMore}>
              Show more cards ({stats.weakest.length} of {stats.studiedCount})
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
