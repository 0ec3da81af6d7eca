import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../../components/db-context';
import { archivedCardsOf, restoreArchivedCard } from '../../db/archive';
import { queryKeys } from '../../db/query-keys';

/** Studied cards an update of this deck dropped: kept with their history, and a way to bring each back. */
export function ArchivedList({ deckId }: { deckId: string }) {
  const db = useDb();
  const queryClient = useQueryClient();
  const archived = useQuery({
    queryKey: [...queryKeys.deck(deckId), 'archived'],
    queryFn: () => archivedCardsOf(db, deckId),
  });
  const restore = useMutation({
    mutationFn: (key: string) => restoreArchivedCard(db, key),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.deck(deckId) }),
  });
  if (!archived.data || archived.data.length === 0) return null;
  return (
    <section className="archived" aria-labelledby="archived-title">
      <h2 id="archived-title">Archived cards ({archived.data.length})</h2>
      <p>
        An update of this deck no longer asks these questions. You had studied them, so their cards and
        reviews are kept here, out of study. Restore one to study it again with its history.
      </p>
      <ul>
        {archived.data.map((row) => (
          <li key={row.key} className="leech-item">
            <span>{row.question.prompt}</span> <span className="muted">({row.card.fsrs.reps} reviews)</span>{' '}
            <button
              type="button"
              aria-label={`Restore ${row.question.prompt}`}
              onClick={() => restore.mutate(row.key)}
              disabled={restore.isPending}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
