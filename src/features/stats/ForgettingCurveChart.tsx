import { formatInterval } from '../../domain/shared/grades';
import { DAY } from '../../domain/shared/time';
import type { ForgettingCurve } from '../../domain/stats/card-history';
import { formatPercent } from './format';

const WIDTH = 320;
const HEIGHT = 160;
const PAD = { left: 36, right: 8, top: 8, bottom: 24 };

/** The card's chance of recall since its last review (FSRS), with today and the due date marked. */
export function ForgettingCurveChart({ curve, desired }: { curve: ForgettingCurve; desired: number }) {
  const x = (day: number) => PAD.left + (day / curve.horizonDays) * (WIDTH - PAD.left - PAD.right);
  const y = (recall: number) => PAD.top + (1 - recall) * (HEIGHT - PAD.top - PAD.bottom);
  const path = curve.points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.day).toFixed(1)},${y(p.recall).toFixed(1)}`)
    .join(' ');
  const after = (days: number) => formatInterval(days * DAY);
  const summary = `Forgetting curve: recall falls from 100% at the last review to ${formatPercent(
    curve.points[curve.points.length - 1]?.recall ?? 0,
  )} after ${after(curve.horizonDays)}; now, ${after(curve.elapsedDays)} after it, it is ${formatPercent(
    curve.recallNow,
  )}; the card is due ${after(curve.dueDay)} after it.`;
  return (
    <figure className="curve">
      <svg role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="curve-svg">
        {[1, 0.5, 0].map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} className="curve-grid" />
            <text x={PAD.left - 4} y={y(tick) + 4} textAnchor="end" className="curve-label">
              {tick * 100}%
            </text>
          </g>
        ))}
        <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(desired)} y2={y(desired)} className="curve-target" />
        <path d={path} className="curve-line" />
        <line
          x1={x(curve.dueDay)}
          x2={x(curve.dueDay)}
          y1={PAD.top}
          y2={HEIGHT - PAD.bottom}
          className="curve-due"
        />
        <circle cx={x(curve.elapsedDays)} cy={y(curve.recallNow)} r={4} className="curve-now" />
        <text x={PAD.left} y={HEIGHT - 6} className="curve-label">
          last review
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 6} textAnchor="end" className="curve-label">
          {formatInterval(curve.horizonDays * DAY)}
        </text>
      </svg>
      <figcaption>{summary}</figcaption>
    </figure>
  );
}
