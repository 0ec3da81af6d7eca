import { useQuery } from '@tanstack/react-query';
import { useDb } from '../../components/db-context';
import { queryKeys } from '../../db/query-keys';
import { todayQueue } from '../../db/study';
import { queueCounts } from '../../domain/study/queue';
import { localTimeZone } from '../../domain/study/study-day';

/** New / learning / due counts for today, as the study session would see them. */
export function useDeckCounts(deckId: string) {
  const db = useDb();
  return useQuery({
    queryKey: queryKeys.deckCounts(deckId),
    queryFn: async () => queueCounts((await todayQueue(db, deckId, new Date(), localTimeZone())).queue),
  });
}
