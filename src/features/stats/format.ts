const dayFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "Mon, 2 Mar 2026" for a study-day label "2026-03-02". */
export function formatDayLabel(label: string): string {
  return dayFormat.format(new Date(`${label}T12:00:00Z`));
}

/** "2 Mar" for a study-day label. */
export function formatShortDay(label: string): string {
  return shortDayFormat.format(new Date(`${label}T12:00:00Z`));
}

export function formatPercent(value: number | null, digits = 0): string {
  return value === null ? '—' : `${(value * 100).toFixed(digits)}%`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** "4 Mar 2026, 10:00" for an instant, in the learner's time zone. */
export function formatDateTime(epochMs: number): string {
  return dateTimeFormat.format(epochMs);
}

/** "4 Mar 2026" for an instant, in the learner's time zone. */
export function formatDate(epochMs: number): string {
  return dateFormat.format(epochMs);
}
