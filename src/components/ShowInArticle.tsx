import { useEffect, useId, useRef, useState } from 'react';
import { locateQuote } from '../domain/shared/answer-score';

/**
 * "Show in article": opens the article as plain text with the question's source quote
 * highlighted (<mark>) and scrolled into view. Never renders the article as HTML.
 */
export function ShowInArticle({
  article,
  quote,
  section,
}: {
  article?: string;
  quote: string;
  section: string;
}) {
  const [open, setOpen] = useState(false);
  const mark = useRef<HTMLElement>(null);
  const regionId = useId();
  useEffect(() => {
    if (open) mark.current?.scrollIntoView?.({ block: 'center' });
  }, [open]);
  if (!article) return null;
  const at = locateQuote(article, quote);
  return (
    <div className="show-in-article">
      <button type="button" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen(!open)}>
        {open ? 'Hide article' : 'Show in article'}
      </button>
      {open && (
        <section id={regionId} className="article-text" aria-label={`Article, at ${section}`} tabIndex={-1}>
          {at ? (
            <>
              {article.slice(0, at.start)}
              <mark ref={mark}>{article.slice(at.start, at.end)}</mark>
              {article.slice(at.end)}
            </>
          ) : (
            <>
              <p role="note">The quote was not found word for word in this article; it reads: “{quote}”.</p>
              {article}
            </>
          )}
        </section>
      )}
    </div>
  );
}
