import { useState } from 'react';
import type { CardStats } from './api';
import { type Bar, BarChart } from './BarChart';
import { formatShortDay, plural } from './format';

type Range = 'month' | 'year';

function monthBars(perDay: readonly number[], labels: readonly string[]): Bar[] {
  return perDay.map((value, index) => ({
    label: index === 0 ? 'Today' : formatShortDay(labels[index] ?? ''),
    count: value,
  }));
}

/** Cards coming due per day (30 days) or per week (a year), with the long-run daily load. */
export function ForecastSection({ stats }: { stats: CardStats }) {
  const [range, setRange] = useState<Range>('month');
  const { month, monthLabels, yearByWeek, yearLater } = stats.forecast;
  const bars =
    range === 'month'
      ? monthBars(month.perSpan, monthLabels)
      : yearByWeek.map((value, index) => ({
          label: index === 0 ? 'This week' : `Week ${index + 1}`,
          count: value,
        }));
  const total = bars.reduce((sum, bar) => sum + bar.count, 0);
  return (
    <section aria-labelledby="stats-forecast" className="stats-section" data-ready="forecast">
      <h2 id="stats-forecast">Forecast</h2>
      <p className="explain">
        How many reviews will come due, so you can plan your days; today includes overdue cards.
      </p>
      <fieldset className="segmented">
        <legend className="visually-hidden">Forecast range</legend>
        <label>
          <input
            type="radio"
            name="forecast-range"
            checked={range === 'month'}
            onChange={() => setRange('month')}
          />
          Next 30 days
        </label>
        <label>
          <input
            type="radio"
            name="forecast-range"
            checked={range === 'year'}
            onChange={() => setRange('year')}
          />
          Next year, by week
        </label>
      </fieldset>
      <p>
        Daily load: about <strong data-testid="daily-load">{stats.forecast.dailyLoad.toFixed(1)}</strong>{' '}
        reviews a day in the long run. {plural(month.overdue, 'card')} overdue.
      </p>
      <BarChart
        bars={bars}
        unit="cards"
        summary={`Forecast: ${plural(total, 'card')} due ${range === 'month' ? 'in the next 30 days' : 'in the next year'}${
          range === 'year' && yearLater > 0 ? `, ${plural(yearLater, 'more card')} later` : ''
        }.`}
      />
    </section>
  );
}
