import { useQuery } from '@tanstack/react-query';
import { useDb } from '../../components/db-context';
import { deckUpdateImpact } from '../../db/archive';
import { queryKeys } from '../../db/query-keys';
import type { Deck } from '../../domain/shared/deck';

const cards = (n: number) => `${n} card${n === 1 ? '' : 's'}`;

/** Before saving over a stored deck of the same article: what happens to each card, in one sentence each. */
export function UpdateImpact({ deck }: { deck: Deck }) {
  const db = useDb();
  const impact = useQuery({
    queryKey: [...queryKeys.deck(deck.id), 'update-impact', deck.questions.map((q) => q.id).join(' ')],
    queryFn: () => deckUpdateImpact(db, deck),
  });
  const i = impact.data;
  if (!i) return null;
  return (
    <div className="update-impact" role="status">
      <p>
        Saving updates your deck "{deck.id}": {cards(i.kept)} keep their progress
        {i.added > 0
          ? `, ${i.added} new ${i.added === 1 ? 'question starts' : 'questions start'} as new cards`
          : ''}
        .
      </p>
      {i.archived > 0 && (
        <p>
          {cards(i.archived)} you studied {i.archived === 1 ? 'is' : 'are'} not in this version:{' '}
          {i.archived === 1 ? 'it goes' : 'they go'} to the deck's archive with{' '}
          {i.archived === 1 ? 'its' : 'their'} history, and the deck page can restore{' '}
          {i.archived === 1 ? 'it' : 'them'}.
        </p>
      )}
      {i.removed > 0 && <p>{cards(i.removed)} never answered and not in this version will be removed.</p>}
      {i.restored > 0 && <p>{cards(i.restored)} from the archive come back with their history.</p>}
    </div>
  );
}
