import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../../components/db-context';
import { useDeckQuestions } from '../../components/deck-queries';
import { suspendedLeeches, unsuspendCard } from '../../db/leeches';
import { queryKeys } from '../../db/query-keys';

/** The deck's suspended leeches: why they are out of the queue, and a way to bring each back. */
export function LeechList({ deckId }: { deckId: string }) {
  const db = useDb();
  const queryClient = useQueryClient();
  const leeches = useQuery({
    queryKey: queryKeys.leeches(deckId),
    queryFn: () => suspendedLeeches(db, deckId),
  });
  const questions = useDeckQuestions(deckId);
  const unsuspend = useMutation({
    mutationFn: (key: string) => unsuspendCard(db, key, new Date()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.deck(deckId) }),
  });
  if (!leeches.data || leeches.data.length === 0) return null;
  const prompts = new Map(questions.data?.map((q) => [q.key, q.prompt]));
  return (
    <section className="leeches" aria-labelledby="leeches-title">
      <h2 id="leeches-title">Leeches ({leeches.data.length})</h2>
      <p>
        These cards were forgotten so often that they are suspended: they cost time without sticking. Rework
        them (a mnemonic, the article) and bring them back.
      </p>
      <ul>
        {leeches.data.map((card) => (
          <li key={card.key} className="leech-item">
            <span>{prompts.get(card.key) ?? card.questionId}</span>{' '}
            <span className="muted">({card.fsrs.lapses} lapses)</span>{' '}
            <button
              type="button"
              aria-label={`Unsuspend ${prompts.get(card.key) ?? card.questionId}`}
              onClick={() => unsuspend.mutate(card.key)}
            >
              Unsuspend
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
