import type { StudyDay } from '../study/study-day';

export interface HeatmapCell {
  /** "2026-03-02" */
  label: string;
  count: number;
  /** 0 = no reviews, 1–4 = a quarter, half, three quarters, up to the busiest day. */
  level: 0 | 1 | 2 | 3 | 4;
}

export interface Heatmap {
  /** Columns of seven days, Monday first; null pads the first and last week. */
  weeks: (HeatmapCell | null)[][];
  total: number;
  busiest: number;
  /** Study days with at least one review. */
  activeDays: number;
}

/** Monday = 0 … Sunday = 6, from a study day's calendar date. */
export function weekdayOf(label: string): number {
  return (new Date(`${label}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** Lays out review counts per study day (oldest first) as a calendar of weeks. */
export function buildHeatmap(days: readonly StudyDay[], counts: readonly number[]): Heatmap {
  const busiest = Math.max(0, ...counts);
  const weeks: (HeatmapCell | null)[][] = [];
  let week: (HeatmapCell | null)[] = [];
  const first = days[0];
  if (first) week = Array.from({ length: weekdayOf(first.label) }, () => null);
  let total = 0;
  let activeDays = 0;
  days.forEach((day, index) => {
    const count = counts[index] ?? 0;
    total += count;
    if (count > 0) activeDays++;
    const level = count === 0 ? 0 : (Math.min(4, Math.ceil((count / busiest) * 4)) as HeatmapCell['level']);
    week.push({ label: day.label, count, level });
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  });
  if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return { weeks, total, busiest, activeDays };
}
