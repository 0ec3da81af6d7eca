import { useState } from 'react';
import { ErrorMessage } from '../../components/error-message';
import type { PassRate } from '../../domain/stats/retention';
import { RETENTION_PERIODS, type RetentionPeriod, useRetention } from './api';
import { formatPercent, plural } from './format';

function RetentionRow({ name, rate, desired }: { name: string; rate: PassRate; desired: number }) {
  const width = rate.rate === null ? 0 : rate.rate * 100;
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        <span className="retention-value">{formatPercent(rate.rate, 1)}</span>{' '}
        <span className="retention-count">({plural(rate.total, 'review')})</span>
        <span className="retention-bar" aria-hidden="true">
          <span className="retention-fill" style={{ width: `${width}%` }} />
          <span className="retention-target" style={{ left: `${desired * 100}%` }} />
        </span>
      </td>
    </tr>
  );
}

/** Pass rate of due reviews, young and mature, against the retention FSRS aims for. */
export function RetentionSection({ deckId }: { deckId: string | undefined }) {
  // A week by default: a month or a year of a heavy learner's logs is a much larger read.
  const [period, setPeriod] = useState<RetentionPeriod>(7);
  const query = useRetention(deckId, period);
  return (
    <section
      aria-labelledby="stats-retention"
      className="stats-section"
      data-ready={query.data ? 'retention' : undefined}
    >
      <h2 id="stats-retention">True retention</h2>
      <p className="explain">
        How often you remembered a card when it came due (first answer of the day). Near your desired
        retention means FSRS is spacing your reviews well.
      </p>
      <label className="inline-field">
        Period{' '}
        <select value={period} onChange={(event) => setPeriod(Number(event.target.value) as RetentionPeriod)}>
          {RETENTION_PERIODS.map((days) => (
            <option key={days} value={days}>
              Last {days} days
            </option>
          ))}
        </select>
      </label>
      {query.error ? <ErrorMessage error={query.error} /> : null}
      {query.data ? (
        <table className="retention-table">
          <caption>
            Desired retention: <strong>{formatPercent(query.data.desired)}</strong> (the marker on each bar)
          </caption>
          <tbody>
            <RetentionRow
              name="Young (interval under 21 days)"
              rate={query.data.retention.young}
              desired={query.data.desired}
            />
            <RetentionRow
              name="Mature (21 days or more)"
              rate={query.data.retention.mature}
              desired={query.data.desired}
            />
            <RetentionRow name="All reviews" rate={query.data.retention.all} desired={query.data.desired} />
          </tbody>
        </table>
      ) : (
        <p aria-busy="true">Reading your reviews…</p>
      )}
    </section>
  );
}
