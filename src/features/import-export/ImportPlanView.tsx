import type { ImportPlanEntry } from '../../db/import-decks';

/** "1 card goes", "2 cards go": a count with its verb. */
const cards = (n: number, one: string, many: string) => `${n} card${n === 1 ? ` ${one}` : `s ${many}`}`;

/** Where the previewed cards will go: new decks, or the decks an earlier import of the same notes made. */
export function ImportPlanView({ plan }: { plan: ImportPlanEntry[] }) {
  if (plan.length === 1 && plan[0]?.name === undefined && !plan[0]?.update) return null;
  return (
    <section aria-labelledby="import-plan-title">
      <h3 id="import-plan-title">Where the cards go</h3>
      <ul data-testid="import-plan">
        {plan.map((entry) => (
          <li key={entry.name ?? ''}>
            {entry.update
              ? `${cards(entry.cards.length, 'updates', 'update')} your deck “${entry.update.title}”: ${entry.update.matched} of them are already there and keep their progress, the others are added.`
              : `${cards(entry.cards.length, 'goes', 'go')} to a new deck${entry.name === undefined ? '' : ` “${entry.name}”`}.`}
          </li>
        ))}
      </ul>
    </section>
  );
}
