import type { Deck } from '../domain/shared/deck';

/** Licences we can link to by name; any other is shown as text. */
const LICENCE_URLS: Record<string, string> = {
  'CC BY-SA 4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC BY-SA 3.0': 'https://creativecommons.org/licenses/by-sa/3.0/',
};

/** An https address from a deck (imported decks are outside input): anything else is not linked. */
const safeHref = (url: string | undefined) => (url && /^https:\/\/[^\s]+$/.test(url) ? url : undefined);

/** The revision's permanent address on a MediaWiki site, built from the article's address. */
function revisionHref(url: string | undefined, revision: number | undefined): string | undefined {
  const article = safeHref(url);
  if (!article || revision === undefined) return undefined;
  const origin = /^https:\/\/[^/]+/.exec(article)?.[0];
  return origin ? `${origin}/w/index.php?oldid=${revision}` : undefined;
}

/**
 * Where a deck's article came from, with links, as its licence asks (CC BY-SA: credit the
 * authors, link the source and the licence). Shows nothing for a deck with no address.
 */
export function ArticleSource({ source }: { source: Deck['source'] }) {
  const href = safeHref(source.url);
  if (!href) return null;
  const revision = revisionHref(source.url, source.revision);
  const licence = source.licence;
  const licenceHref = licence ? LICENCE_URLS[licence] : undefined;
  return (
    <p className="article-source">
      Text from <a href={href}>{source.title}</a>
      {revision && (
        <>
          {' '}
          (<a href={revision}>revision {source.revision}</a>)
        </>
      )}
      {/^https:\/\/[a-z-]+\.wikipedia\.org\//.test(href) && ' on Wikipedia, by its contributors'}
      {licence && <>, under {licenceHref ? <a href={licenceHref}>{licence}</a> : licence}</>}.
    </p>
  );
}
