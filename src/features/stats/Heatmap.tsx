import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { HeatmapCell, Heatmap as HeatmapData } from '../../domain/stats/heatmap';
import { formatDayLabel, plural } from './format';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** Arrow keys move a day up/down (the rows are weekdays) and a week left/right. */
const MOVES: Record<string, number> = { ArrowUp: -1, ArrowDown: 1, ArrowLeft: -7, ArrowRight: 7 };

function describe(cell: HeatmapCell): string {
  return `${formatDayLabel(cell.label)}: ${plural(cell.count, 'review')}`;
}

/**
 * A year of reviews as a table of days (rows are weekdays, columns weeks). Each day is a
 * button named by its date and count, so screen readers can walk the table; for the
 * keyboard it is one tab stop where arrow keys, Home and End move between days, and the
 * day under focus or pointer is written out below for sighted users.
 */
export function Heatmap({ data }: { data: HeatmapData }) {
  const cells = data.weeks.flat();
  const lastIndex = cells.reduce((last, cell, index) => (cell ? index : last), 0);
  const [active, setActive] = useState(lastIndex);
  const [shown, setShown] = useState<HeatmapCell | null>(null);
  const grid = useRef<HTMLTableElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  // Narrow screens show the most recent weeks first; older ones are a scroll away.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollLeft = scroller.current.scrollWidth;
  }, []);

  const focusCell = (index: number) => {
    if (!cells[index]) return;
    setActive(index);
    grid.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key];
    let target: number | undefined;
    if (move !== undefined) target = active + move;
    else if (event.key === 'Home') target = cells.findIndex((cell) => cell !== null);
    else if (event.key === 'End') target = lastIndex;
    if (target === undefined) return;
    event.preventDefault();
    focusCell(target);
  };

  const today = cells[lastIndex];
  return (
    <div className="heatmap">
      <div className="heatmap-scroll" ref={scroller}>
        <table ref={grid} className="heatmap-grid" onKeyDown={onKeyDown}>
          <caption className="visually-hidden">
            Reviews per day over the past year. Arrow keys move between days.
          </caption>
          <tbody>
            {WEEKDAYS.map((weekday, row) => (
              <tr key={weekday}>
                <th scope="row" className="heatmap-weekday">
                  {row % 2 === 0 ? weekday : <span className="visually-hidden">{weekday}</span>}
                </th>
                {data.weeks.map((week, column) => {
                  const index = column * 7 + row;
                  const cell = week[row];
                  return (
                    <td key={cell?.label ?? `pad-${index}`}>
                      {cell ? (
                        <button
                          type="button"
                          data-index={index}
                          data-testid={`heatmap-${cell.label}`}
                          data-count={cell.count}
                          className={`heatmap-cell level-${cell.level}`}
                          tabIndex={index === active ? 0 : -1}
                          aria-label={describe(cell)}
                          title={describe(cell)}
                          onFocus={() => {
                            setActive(index);
                            setShown(cell);
                          }}
                          onMouseEnter={() => setShown(cell)}
                        />
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="heatmap-readout" aria-hidden="true">
        {shown ? describe(shown) : today ? `Today, ${describe(today)}` : ''}
      </p>
      <p className="heatmap-legend" aria-hidden="true">
        Fewer <span className="heatmap-cell level-0" /> <span className="heatmap-cell level-1" />{' '}
        <span className="heatmap-cell level-2" /> <span className="heatmap-cell level-3" />{' '}
        <span className="heatmap-cell level-4" /> More
      </p>
    </div>
  );
}
