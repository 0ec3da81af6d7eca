import { useEffect, useRef, useState } from 'react';
import { errorText } from '../../components/error-message';
import { checkInputSize } from '../../domain/article/article-input';
import type { WikipediaArticle } from '../../domain/article/wikipedia-source';
import type { Deck } from '../../domain/shared/deck';
import { fetchWikipediaArticle } from './api';
import { startDerive } from './derive-client';
import type { DeriveInput, DeriveStage } from './derive-input';

/** Which of the page's two forms started the work: its messages and progress show under it. */
export type Origin = 'wiki' | 'paste';

export interface Busy {
  label: string;
  startedAt: number;
  origin: Origin;
}

export interface OriginMessage {
  origin: Origin;
  message: string;
}

const STAGE_LABELS: Record<DeriveStage, string> = {
  reading: 'Reading the article…',
  deriving: 'Making questions…',
};

/** The input each form's messages are about, which takes focus when its work ends badly. */
export const INPUT_OF: Record<Origin, string> = { wiki: 'wiki-page', paste: 'article-text' };

/** How many questions "More questions" adds to the preview each time. */
export const MORE_QUESTIONS = 40;

interface Handlers {
  /** Work starts: the page drops the previous preview and save state. */
  onStart: () => void;
  /** `more`: the same article again with more questions, so the teacher's choices stay. */
  onDerived: (deck: Deck, more: boolean) => void;
}

interface LastDerive {
  origin: Origin;
  input: DeriveInput;
  source?: WikipediaArticle['source'];
}

/**
 * The New deck page's background work: fetching from Wikipedia, then deriving in the worker,
 * one job at a time, with its progress, its error and Cancel. A job that was cancelled or
 * replaced never reports back.
 */
export function useArticleWork({ onStart, onDerived }: Handlers) {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<OriginMessage | null>(null);
  const [notice, setNotice] = useState<OriginMessage | null>(null);
  const job = useRef<{ cancel(): void } | null>(null);
  const last = useRef<LastDerive | null>(null);

  // Leaving the page ends any work still running.
  useEffect(() => () => job.current?.cancel(), []);
  // The Cancel button that had focus is gone: put focus on the input the message is about.
  useEffect(() => {
    if (error) document.getElementById(INPUT_OF[error.origin])?.focus();
  }, [error]);

  function begin(origin: Origin, label: string, cancel: () => void, keepPreview = false) {
    job.current?.cancel();
    if (!keepPreview) onStart();
    setNotice(null);
    setError(null);
    // Fetching then deriving is one wait for the person: the clock keeps running.
    setBusy((running) => ({
      label,
      origin,
      startedAt: running?.origin === origin ? running.startedAt : Date.now(),
    }));
    const current = { cancel };
    job.current = current;
    return current;
  }

  function fail(origin: Origin, reason: unknown) {
    job.current = null;
    setBusy(null);
    setError({ origin, message: errorText(reason) });
  }

  /** Derives off the main thread; `source` is where a fetched article came from. */
  function derive(origin: Origin, input: DeriveInput, source?: WikipediaArticle['source'], more = false) {
    try {
      checkInputSize(input.text);
    } catch (reason) {
      fail(origin, reason);
      return;
    }
    const work = startDerive(input, (stage) =>
      setBusy((current) => current && { ...current, label: STAGE_LABELS[stage] }),
    );
    const current = begin(origin, STAGE_LABELS.reading, work.cancel, more);
    work.result.then(
      (deck) => {
        if (job.current !== current) return;
        job.current = null;
        // For profiling (and the e2e test): the work is done, what follows is showing it.
        performance.mark('muster:deck-derived');
        setBusy(null);
        last.current = { origin, input, ...(source ? { source } : {}) };
        onDerived(source ? { ...deck, source: { ...deck.source, ...source } } : deck, more);
      },
      (reason: unknown) => job.current === current && fail(origin, reason),
    );
  }

  function fetchFromWikipedia(typed: string) {
    const controller = new AbortController();
    const current = begin('wiki', `Fetching "${typed.trim().slice(0, 80)}" from Wikipedia…`, () =>
      controller.abort(),
    );
    fetchWikipediaArticle(typed, (url, init) => fetch(url, { ...init, signal: controller.signal })).then(
      (article) => {
        if (job.current !== current) return;
        derive('wiki', { text: article.wikitext, title: article.title }, article.source);
      },
      (reason: unknown) => job.current === current && fail('wiki', reason),
    );
  }

  /** The last article again, with `MORE_QUESTIONS` more than the `shown` questions. */
  function deriveMore(shown: number) {
    const previous = last.current;
    if (!previous) return;
    const input = { ...previous.input, limit: shown + MORE_QUESTIONS };
    derive(previous.origin, input, previous.source, true);
  }

  function cancel() {
    const origin = busy?.origin;
    job.current?.cancel();
    job.current = null;
    setBusy(null);
    if (!origin) return;
    setNotice({ origin, message: 'Cancelled: no deck was made and nothing was saved.' });
    document.getElementById(INPUT_OF[origin])?.focus();
  }

  return {
    busy,
    error,
    notice,
    derive,
    deriveMore,
    fetchFromWikipedia,
    cancel,
    fail,
    clearError: () => setError(null),
  };
}
