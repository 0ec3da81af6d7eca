import { type ChangeEvent, type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ArticleSource } from '../../components/ArticleSource';
import { errorText } from '../../components/error-message';
import { MAX_INPUT_CHARS } from '../../domain/article/article-input';
import { type DraftChoice, finishDraft } from '../../domain/article/deck-draft';
import type { Deck } from '../../domain/shared/deck';
import { ArticleFormatError } from '../../domain/shared/errors';
import { DeckIdTakenError, useSaveDeck } from './api';
import { DeriveProgress } from './DeriveProgress';
import { QuestionPreview } from './QuestionPreview';
import { UpdateImpact } from './UpdateImpact';
import { MORE_QUESTIONS, type Origin, useArticleWork } from './use-article-work';
import { WikipediaForm } from './WikipediaForm';

/** UTF-8 takes at most 4 bytes a character: a file past this cannot be an input we accept. */
const MAX_FILE_BYTES = MAX_INPUT_CHARS * 4;

/** Files up to this many characters are also shown in the text box (see pickFile). */
const MAX_SHOWN_FILE_CHARS = 200_000;

export function NewDeckPage() {
  const navigate = useNavigate();
  const save = useSaveDeck();
  const [text, setText] = useState('');
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [derived, setDerived] = useState<Deck | null>(null);
  /** How many questions "More questions" last asked for; null before it is pressed. */
  const [asked, setAsked] = useState<number | null>(null);
  const [choices, setChoices] = useState<Record<string, DraftChoice>>({});
  const [deckId, setDeckId] = useState('');
  const [saveError, setSaveError] = useState<string | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const work = useArticleWork({
    onStart: () => {
      save.reset();
      setSaveError(null);
      setDerived(null);
    },
    onDerived: (deck, more) => {
      setDerived(deck);
      // More questions of the same article: the ids of those already shown stay, and so do
      // the teacher's keep/drop/edit choices and deck id.
      if (more) return;
      setAsked(null);
      setDeckId(deck.id);
      setChoices({});
    },
  });
  const { busy, notice } = work;

  useEffect(() => {
    if (derived) previewHeading.current?.focus();
  }, [derived]);

  function more() {
    if (!derived) return;
    setAsked(derived.questions.length + MORE_QUESTIONS);
    work.deriveMore(derived.questions.length);
  }
  /** The deriver gave fewer than was asked for: the article has no more to give. */
  const exhausted = busy === null && asked !== null && derived !== null && derived.questions.length < asked;

  function submitPaste(event: FormEvent) {
    event.preventDefault();
    work.derive('paste', { text });
  }

  async function pickFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      const megabytes = (file.size / 1_000_000).toFixed(1);
      work.fail(
        'paste',
        new ArticleFormatError(
          `${file.name} is ${megabytes} MB, too large to be an article. Choose one article's .txt or .wiki file (at most ${MAX_INPUT_CHARS.toLocaleString('en')} characters).`,
        ),
      );
      return;
    }
    const content = await file.text();
    // A browser lays out a textarea's whole value: a long file would freeze the page for
    // seconds, so only a file of ordinary size is shown in the box.
    const shown = content.length <= MAX_SHOWN_FILE_CHARS;
    if (shown) setText(content);
    setFileNote(
      shown
        ? null
        : `${file.name} is too long to show in the box above; its questions are made from the file.`,
    );
    work.derive('paste', { text: content, fileName: file.name });
  }

  function onSave() {
    if (!derived) return;
    let deck: Deck;
    try {
      deck = finishDraft(derived, choices, deckId.trim());
    } catch (error) {
      save.reset();
      work.clearError();
      setSaveError(errorText(error));
      return;
    }
    setSaveError(null);
    save.mutate(deck, { onSuccess: (id) => navigate(`/decks/${id}`) });
  }

  const taken = save.error instanceof DeckIdTakenError ? save.error : null;
  const saveMessage = saveError ?? (save.error ? errorText(save.error) : null);
  const keptCount = derived ? derived.questions.filter((q) => choices[q.id]?.kept !== false).length : 0;
  const draft = useMemo(
    () => derived && draftOrNull(derived, choices, deckId.trim()),
    [derived, choices, deckId],
  );
  const pasteError = work.error?.origin === 'paste' ? work.error.message : null;

  /** The progress (or the word that it was cancelled) under the form that started the work. */
  function progressFor(origin: Origin) {
    if (busy?.origin === origin) {
      return <DeriveProgress label={busy.label} startedAt={busy.startedAt} onCancel={work.cancel} />;
    }
    if (notice?.origin !== origin) return null;
    return (
      <p role="status" className="notice">
        {notice.message}
      </p>
    );
  }

  return (
    <section className="new-deck" aria-labelledby="new-deck-title">
      <h1 id="new-deck-title">New deck from article</h1>
      <p>
        Fetch an article from Wikipedia, or paste one, or choose a file. Muster reads Wikipedia's wikitext
        (the text of "Edit source"), plain prose under a title line, and its own format (
        <code>= Title =</code>, an optional <code>Infobox</code> of <code>- Key: value</code> lines,{' '}
        <code>== Sections ==</code>). The questions are made in this browser.
      </p>
      <WikipediaForm
        busy={busy !== null}
        error={work.error?.origin === 'wiki' ? work.error.message : null}
        onFetch={work.fetchFromWikipedia}
      />
      {progressFor('wiki')}
      <form onSubmit={submitPaste} className="article-form" aria-labelledby="paste-title">
        <h2 id="paste-title">Paste or choose a file</h2>
        <label htmlFor="article-text">Article text</label>
        <textarea
          id="article-text"
          value={text}
          rows={12}
          onChange={(e) => {
            setText(e.target.value);
            setFileNote(null);
          }}
          aria-invalid={pasteError ? true : undefined}
          aria-describedby={pasteError ? 'article-error' : undefined}
        />
        <label htmlFor="article-file">Or choose a .txt or .wiki file</label>
        <input
          id="article-file"
          type="file"
          accept=".txt,.wiki,.wikitext,text/plain"
          onChange={pickFile}
          aria-describedby={
            [fileNote && 'file-note', pasteError && 'article-error'].filter(Boolean).join(' ') || undefined
          }
        />
        {fileNote && (
          <p id="file-note" className="hint">
            {fileNote}
          </p>
        )}
        {pasteError && (
          <p id="article-error" role="alert" className="error">
            {pasteError}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy !== null}>
          Make questions
        </button>
      </form>
      {progressFor('paste')}

      {derived && (
        <section aria-labelledby="preview-title" className="deck-preview">
          <h2 id="preview-title" ref={previewHeading} tabIndex={-1}>
            {derived.title}: {keptCount} of {derived.questions.length} questions kept
          </h2>
          <ArticleSource source={derived.source} />
          <QuestionPreview
            questions={derived.questions}
            choices={choices}
            onChange={(id, choice) => setChoices((current) => ({ ...current, [id]: choice }))}
            onMore={exhausted ? undefined : more}
            moreBusy={busy !== null}
          />
          {exhausted && (
            <p role="status" className="notice">
              These {derived.questions.length} questions are all this article gives.
            </p>
          )}
          <div className="save-bar">
            <label htmlFor="deck-id">Deck id</label>
            <input
              id="deck-id"
              value={deckId}
              onChange={(e) => setDeckId(e.target.value)}
              aria-invalid={saveMessage ? true : undefined}
              aria-describedby={saveMessage ? 'save-error' : undefined}
            />
            {saveMessage && (
              <p id="save-error" role="alert" className="error">
                {saveMessage}
              </p>
            )}
            {draft && <UpdateImpact deck={draft} />}
            {taken && (
              <button
                type="button"
                onClick={() => {
                  setDeckId(taken.suggestion);
                  save.reset();
                }}
              >
                Use "{taken.suggestion}"
              </button>
            )}
            <button type="button" className="primary" onClick={onSave} disabled={save.isPending}>
              Save deck
            </button>
          </div>
        </section>
      )}
    </section>
  );
}

/** The deck Save would store, or null while the draft cannot be saved (the error shows on Save). */
function draftOrNull(derived: Deck, choices: Record<string, DraftChoice>, deckId: string): Deck | null {
  try {
    return finishDraft(derived, choices, deckId);
  } catch {
    return null;
  }
}
