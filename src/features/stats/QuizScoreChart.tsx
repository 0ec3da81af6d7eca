import type { QuizPoint } from '../../domain/stats/quiz-trend';
import { formatDate, formatDateTime } from './format';

const WIDTH = 280;
const HEIGHT = 130;
const PAD = { left: 42, right: 10, top: 10, bottom: 10 };

/**
 * Scores of one deck's quizzes as dots joined by a line, oldest on the left. Quizzes are
 * spaced evenly rather than by date: several on one evening would otherwise sit on top of
 * each other. The dates are in the axis below and in the table.
 */
export function QuizScoreChart({ points, summary }: { points: readonly QuizPoint[]; summary: string }) {
  const span = WIDTH - PAD.left - PAD.right;
  const x = (index: number) =>
    PAD.left + (points.length === 1 ? span / 2 : (index / (points.length - 1)) * span);
  const y = (percent: number) => PAD.top + (1 - percent / 100) * (HEIGHT - PAD.top - PAD.bottom);
  const line = points
    .map((point, index) => `${x(index).toFixed(1)},${y(point.percent).toFixed(1)}`)
    .join(' ');
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <figure className="quiz-chart">
      <svg role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="quiz-chart-svg">
        {[100, 50, 0].map((tick) => (
          <g key={tick}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(tick)}
              y2={y(tick)}
              className="quiz-chart-grid"
            />
            <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" className="quiz-chart-label">
              {tick}%
            </text>
          </g>
        ))}
        <polyline points={line} className="quiz-chart-line" />
        {points.map((point, index) => (
          <circle
            key={`${point.startedAt}-${point.finishedAt}`}
            cx={x(index)}
            cy={y(point.percent)}
            r={4}
            className="quiz-chart-dot"
          >
            <title>{`${formatDateTime(point.finishedAt)}: ${point.percent}%`}</title>
          </circle>
        ))}
      </svg>
      {first && last && (
        <div className="quiz-chart-axis" aria-hidden="true">
          <span>{formatDate(first.finishedAt)}</span>
          {points.length > 1 && <span>{formatDate(last.finishedAt)}</span>}
        </div>
      )}
    </figure>
  );
}
