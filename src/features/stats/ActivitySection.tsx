import { ErrorMessage } from '../../components/error-message';
import { formatDuration } from '../../domain/shared/time';
import { useActivity } from './api';
import { plural } from './format';
import { Heatmap } from './Heatmap';

/** Today's numbers and the year's heatmap: both come from one read. */
export function ActivitySection({ deckId }: { deckId: string | undefined }) {
  const activity = useActivity(deckId);
  if (activity.error) return <ErrorMessage error={activity.error} />;
  if (!activity.data) return <p aria-busy="true">Counting your reviews…</p>;
  const { today, streak, heatmap } = activity.data;
  const streakText = `${streak.days}${streak.atLeast ? '+' : ''} ${streak.days === 1 ? 'day' : 'days'}`;
  const figures = [
    ['Due', 'today-due', today.reviews],
    ['New', 'today-new', today.fresh],
    ['Learning', 'today-learning', today.learning],
    ['Reviewed', 'today-reviewed', today.reviewed],
    ['Time spent', 'today-time', formatDuration(today.timeSpentMs)],
    ['Streak', 'today-streak', streakText],
  ] as const;
  return (
    <>
      <section aria-labelledby="stats-today" className="stats-section" data-ready="today">
        <h2 id="stats-today">Today</h2>
        <p className="explain">What is waiting for you today and what you have done so far.</p>
        <dl className="stats-figures">
          {figures.map(([name, testId, value]) => (
            <div key={testId}>
              <dt>{name}</dt>
              <dd data-testid={testId}>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="stats-heatmap" className="stats-section" data-ready="heatmap">
        <h2 id="stats-heatmap">Reviews in the past year</h2>
        <p className="explain">
          Each square is a study day (from 4 AM); darker means more reviews. Regular short days beat rare long
          ones.
        </p>
        <p>
          {plural(heatmap.total, 'review')} on {plural(heatmap.activeDays, 'day')}; busiest day{' '}
          {plural(heatmap.busiest, 'review')}.
        </p>
        <Heatmap data={heatmap} />
      </section>
    </>
  );
}
