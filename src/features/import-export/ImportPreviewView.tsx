import type { ImportPreview } from '../../domain/interchange/import-preview';
import { QUESTION_TYPE_NAMES } from '../../domain/shared/deck';

const SHOWN = 100;

/**
 * The cards an import will make and the lines it will skip, with why. `record` names what
 * a number points at: a line of a text file, a note of an Anki package.
 */
export function ImportPreviewView({ preview, record = 'line' }: { preview: ImportPreview; record?: string }) {
  const Record = record.charAt(0).toUpperCase() + record.slice(1);
  const { cards, skipped } = preview;
  const showTags = cards.some((card) => card.tags.length > 0);
  const showTypes = cards.some((card) => (card.type ?? 'flashcard') !== 'flashcard');
  return (
    <div className="import-preview">
      <h2>Preview</h2>
      <p role="status" data-testid="import-summary">
        {cards.length} card{cards.length === 1 ? '' : 's'} will be imported
        {skipped.length > 0
          ? `; ${skipped.length} ${record}${skipped.length === 1 ? '' : 's'} will be skipped`
          : ''}
        .
      </p>
      {skipped.length > 0 && (
        <>
          <h3>Skipped</h3>
          <ul className="skipped-lines">
            {skipped.map((line) => (
              <li key={`${line.line}-${line.reason}`}>
                {Record} {line.line}: {line.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      {cards.length > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it.
        <section className="table-scroll" aria-label="Cards to import" tabIndex={0}>
          <table>
            <caption>Cards{cards.length > SHOWN ? ` (the first ${SHOWN} of ${cards.length})` : ''}</caption>
            <thead>
              <tr>
                <th scope="col">{Record}</th>
                {showTypes && <th scope="col">Type</th>}
                <th scope="col">Front</th>
                <th scope="col">Back</th>
                {showTags && <th scope="col">Tags</th>}
              </tr>
            </thead>
            <tbody>
              {cards.slice(0, SHOWN).map((card) => (
                <tr key={`${card.line}-${card.cardOf ?? ''}`}>
                  <td>{card.line}</td>
                  {showTypes && <td>{QUESTION_TYPE_NAMES[card.type ?? 'flashcard']}</td>}
                  <td>{card.front}</td>
                  <td>{card.back}</td>
                  {showTags && <td>{card.tags.join(' ')}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
