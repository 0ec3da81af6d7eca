export interface Bar {
  label: string;
  count: number;
}

/**
 * Plain SVG bars that stretch to any width (no text inside the SVG, so nothing distorts).
 * Screen readers get the summary as the image's name and every value in a table.
 */
export function BarChart({
  bars,
  summary,
  unit,
  tone = 'brand',
}: {
  bars: readonly Bar[];
  /** One sentence naming what the chart shows and its highlights. */
  summary: string;
  /** What a value counts: "cards", "reviews". */
  unit: string;
  tone?: 'brand' | 'good';
}) {
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const width = bars.length * 10;
  return (
    <figure className="bar-chart">
      <div className="bar-chart-plot">
        <span className="bar-chart-max" aria-hidden="true">
          {max.toLocaleString('en-GB')}
        </span>
        <svg
          role="img"
          aria-label={summary}
          viewBox={`0 0 ${width} 100`}
          preserveAspectRatio="none"
          className={`bar-chart-svg tone-${tone}`}
        >
          {bars.map((bar, index) => {
            const height = (bar.count / max) * 100;
            return (
              <rect key={bar.label} x={index * 10 + 1} y={100 - height} width={8} height={height}>
                <title>{`${bar.label}: ${bar.count.toLocaleString('en-GB')} ${unit}`}</title>
              </rect>
            );
          })}
        </svg>
      </div>
      <div className="bar-chart-axis" aria-hidden="true">
        <span>{bars[0]?.label}</span>
        <span>{bars[bars.length - 1]?.label}</span>
      </div>
      <details className="chart-table">
        <summary>Show the numbers</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">When / what</th>
              <th scope="col">{unit[0]?.toUpperCase() + unit.slice(1)}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row">{bar.label}</th>
                <td>{bar.count.toLocaleString('en-GB')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
