import { type FormEvent, useState } from 'react';
import { useOnline } from './use-online';

interface Props {
  busy: boolean;
  error: string | null;
  onFetch: (typed: string) => void;
}

/** A title or a Wikipedia address to fetch; offline, it says so and points to pasting instead. */
export function WikipediaForm({ busy, error, onFetch }: Props) {
  const online = useOnline();
  const [typed, setTyped] = useState('');
  const describedBy = ['wiki-hint', !online && 'wiki-offline', error && 'wiki-error']
    .filter(Boolean)
    .join(' ');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (online) onFetch(typed);
  }

  return (
    <form onSubmit={submit} className="article-form" aria-labelledby="wiki-title">
      <h2 id="wiki-title">From Wikipedia</h2>
      <label htmlFor="wiki-page">Article title or address</label>
      <input
        id="wiki-page"
        type="text"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        placeholder="Battle of Hastings"
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      <p id="wiki-hint" className="hint">
        A title is looked up on English Wikipedia; an address may be on any language's Wikipedia. The deck
        records the article's address, revision and licence (CC BY-SA 4.0).
      </p>
      {!online && (
        <p id="wiki-offline" role="status" className="notice">
          You are offline, so Muster cannot fetch from Wikipedia. Paste the article's text below, or choose a
          saved file.
        </p>
      )}
      {error && (
        <p id="wiki-error" role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy || !online}>
        Fetch from Wikipedia
      </button>
    </form>
  );
}
