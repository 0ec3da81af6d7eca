import { useQuery } from '@tanstack/react-query';
import { useDb } from '../../components/db-context';
import { queryKeys } from '../../db/query-keys';

// The queue code (shared with the study screen) is not needed for the first paint: it loads
// in its own chunk, started with the app, alongside the database's.
const queueReads = Promise.all([
  import('../../db/study'),
  import('../../domain/study/queue'),
  import('../../domain/study/study-day'),
]);
queueReads.catch(() => {}); // a failure is reported by the query that awaits it

/** New / learning / due counts for today, as the study session would see them. */
export function useDeckCounts(deckId: string) {
  const db = useDb();
  return useQuery({
    queryKey: queryKeys.deckCounts(deckId),
    queryFn: async () => {
      const [{ todayQueue }, { queueCounts }, { localTimeZone }] = await queueReads;
      return queueCounts((await todayQueue(db, deckId, new Date(), localTimeZone())).queue);
    },
  });
}
