import type { CardStats } from './api';
import { BarChart } from './BarChart';
import { formatPercent, plural } from './format';

/** FSRS's view of your memory: stability, difficulty and today's chance of recall, per studied card. */
export function DistributionsSection({ stats }: { stats: CardStats }) {
  const { distributions: d } = stats;
  return (
    <section aria-labelledby="stats-fsrs" className="stats-section" data-ready="fsrs">
      <h2 id="stats-fsrs">Memory (FSRS)</h2>
      <p className="explain">
        FSRS's model of each studied card ({plural(d.cards, 'card')}). More cards to the right of stability
        and recall means memories that last.
      </p>
      <div className="chart-grid">
        <div>
          <h3>Stability</h3>
          <p className="explain">Days until your chance of recall falls to 90%.</p>
          <BarChart bars={d.stability} unit="cards" summary="Cards by stability, in days." />
        </div>
        <div>
          <h3>Difficulty</h3>
          <p className="explain">1 is easy, 10 is hard; hard cards come back more often.</p>
          <BarChart bars={d.difficulty} unit="cards" summary="Cards by FSRS difficulty, from 1 to 10." />
        </div>
        <div>
          <h3>Chance of recall now</h3>
          <p className="explain">
            How likely you are to remember each card today
            {d.shareAbove90 === null ? '.' : `: ${formatPercent(d.shareAbove90)} of them are at 90% or more.`}
          </p>
          <BarChart
            bars={d.retrievability}
            unit="cards"
            tone="good"
            summary="Cards by their chance of recall today."
          />
        </div>
      </div>
    </section>
  );
}
