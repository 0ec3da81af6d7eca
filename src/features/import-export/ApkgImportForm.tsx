import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import type { ApkgPreview } from '../../domain/interchange/apkg-read';
import type { Topic } from '../../domain/shared/deck';
import { useImportPlan } from './api';
import { useReadApkg, useSaveApkg } from './apkg-api';
import { ImportPlanView } from './ImportPlanView';
import { ImportPreviewView } from './ImportPreviewView';
import { TopicChoice } from './TopicChoice';

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** What the package holds and what Muster leaves out of it, before anything is saved. */
function ApkgSummary({ preview }: { preview: ApkgPreview }) {
  const scheduled = preview.cards.filter((card) => card.anki.type !== 0).length;
  const others = Object.entries(preview.otherTypes);
  const left = [
    preview.images > 0 && `${count(preview.images, 'image')}: Muster cards hold text only`,
    preview.sounds > 0 && `${count(preview.sounds, 'sound')}: Muster cards hold text only`,
  ].filter((item): item is string => typeof item === 'string');
  return (
    <div data-testid="apkg-summary">
      <p>
        {count(preview.notes, 'note')} in {preview.collection}: {count(preview.cards.length, 'card')} to
        import ({count(scheduled, 'card')} with Anki's schedule), {count(preview.reviews, 'past review')} from
        Anki's review history.
      </p>
      {others.length > 0 && (
        <p>
          Read as Basic (first field the front, second the back):{' '}
          {others.map(([name, n]) => `${count(n, 'note')} of type “${name}”`).join(', ')}.
        </p>
      )}
      {left.length > 0 && <p>Left out: {left.join('; ')}.</p>}
    </div>
  );
}

/** Choose an .apkg, see what it holds and what is left out, then save it with its history. */
export function ApkgImportForm() {
  const reader = useReadApkg();
  const saver = useSaveApkg();
  const navigate = useNavigate();
  const [topic, setTopic] = useState<Topic>('strategy');
  const preview = reader.data?.preview ?? null;
  const plan = useImportPlan(preview);
  const fileId = useId();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!reader.data || !plan.data || reader.data.preview.cards.length === 0) return;
    saver.mutate(
      { read: reader.data, plan: plan.data, topic },
      { onSuccess: ({ deckIds }) => navigate(deckIds.length === 1 ? `/decks/${deckIds[0]}` : '/') },
    );
  }

  return (
    <form onSubmit={onSubmit} className="stacked-form" aria-label="Import an Anki package">
      <label htmlFor={fileId}>Anki package (.apkg)</label>
      <input
        id={fileId}
        type="file"
        accept=".apkg,application/zip"
        onChange={(e) => {
          saver.reset();
          const file = e.target.files?.[0];
          if (file) reader.mutate(file);
          else reader.reset();
        }}
      />
      {reader.isPending && <p role="status">Reading the package…</p>}
      {reader.error && <ErrorMessage error={reader.error} />}
      {preview && (
        <>
          <ApkgSummary preview={preview} />
          <TopicChoice value={topic} onChange={setTopic} />
          <ImportPreviewView preview={preview} record="note" />
          {plan.data && <ImportPlanView plan={plan.data} />}
          {plan.error && <ErrorMessage error={plan.error} />}
          <button
            type="submit"
            className="primary"
            disabled={preview.cards.length === 0 || !plan.data || saver.isPending}
          >
            Import {count(preview.cards.length, 'card')} with their history
          </button>
        </>
      )}
      {saver.isPending && preview && (
        <p role="status">
          Saving {count(preview.cards.length, 'card')} and {count(preview.reviews, 'past review')}… (a large
          deck takes a little while; nothing is saved until all of it is)
        </p>
      )}
      {saver.error && <ErrorMessage error={saver.error} />}
    </form>
  );
}
