import { type ChangeEvent, type FormEvent, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorText } from '../../components/error-message';
import { type DraftChoice, finishDraft } from '../../domain/article/deck-draft';
import { deriveDeck } from '../../domain/article/derive-deck';
import { MAX_ARTICLE_CHARS } from '../../domain/article/parse-article';
import type { Deck } from '../../domain/shared/deck';
import { ArticleFormatError } from '../../domain/shared/errors';
import { DeckIdTakenError, useSaveDeck } from './api';
import { QuestionPreview } from './QuestionPreview';
import { UpdateImpact } from './UpdateImpact';

/** UTF-8 takes at most 4 bytes a character: a file past this cannot be an article we accept. */
const MAX_FILE_BYTES = MAX_ARTICLE_CHARS * 4;

export function NewDeckPage() {
  const navigate = useNavigate();
  const save = useSaveDeck();
  const [text, setText] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const [derived, setDerived] = useState<Deck | null>(null);
  const [choices, setChoices] = useState<Record<string, DraftChoice>>({});
  const [deckId, setDeckId] = useState('');
  const [saveError, setSaveError] = useState<string | null>(null);

  function deriveFrom(article: string) {
    save.reset();
    setSaveError(null);
    try {
      const deck = deriveDeck(article);
      setDerived(deck);
      setDeckId(deck.id);
      setChoices({});
      setInputError(null);
    } catch (error) {
      setDerived(null);
      setInputError(errorText(error));
    }
  }

  function derive(event: FormEvent) {
    event.preventDefault();
    deriveFrom(text);
  }

  async function pickFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setInputError(
        errorText(
          new ArticleFormatError(
            `${file.name} is too large to be an article. Choose a plain-text article under 1 MB.`,
          ),
        ),
      );
      return;
    }
    const content = await file.text();
    setText(content);
    deriveFrom(content);
  }

  function onSave() {
    if (!derived) return;
    let deck: Deck;
    try {
      deck = finishDraft(derived, choices, deckId.trim());
    } catch (error) {
      save.reset();
      setInputError(null);
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

  return (
    <section className="new-deck" aria-labelledby="new-deck-title">
      <h1 id="new-deck-title">New deck from article</h1>
      <p>
        Paste an article or choose a .txt file. It starts with its title as <code>= Title =</code>, may have
        an <code>Infobox</code> of <code>- Key: value</code> lines, and <code>== Sections ==</code>.
        Everything stays in this browser.
      </p>
      <form onSubmit={derive} className="article-form">
        <label htmlFor="article-text">Article text</label>
        <textarea
          id="article-text"
          value={text}
          rows={12}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={inputError ? true : undefined}
          aria-describedby={inputError ? 'article-error' : undefined}
        />
        <label htmlFor="article-file">Or choose a .txt file</label>
        <input
          id="article-file"
          type="file"
          accept=".txt,text/plain"
          onChange={pickFile}
          aria-describedby={inputError ? 'article-error' : undefined}
        />
        {inputError && (
          <p id="article-error" role="alert" className="error">
            {inputError}
          </p>
        )}
        <button type="submit" className="primary">
          Make questions
        </button>
      </form>

      {derived && (
        <section aria-labelledby="preview-title" className="deck-preview">
          <h2 id="preview-title">
            {derived.title}: {keptCount} of {derived.questions.length} questions kept
          </h2>
          <QuestionPreview
            questions={derived.questions}
            choices={choices}
            onChange={(id, choice) => setChoices((current) => ({ ...current, [id]: choice }))}
          />
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
