import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APP_TEST_TIMEOUT_MS } from '../../../tests/helpers/app-test-timeout';
import { readRepoFile } from '../../../tests/helpers/articles';
import { renderApp } from '../../../tests/helpers/render-app';

const battleWiki = readRepoFile('tests/fixtures/wikitext/battle-of-tarnow-bridge.wiki');
const recorded = (name: string) => readRepoFile(`tests/fixtures/wikipedia/${name}.json`);
const previewHeading = (title: string) =>
  screen.findByRole(
    'heading',
    { level: 2, name: new RegExp(`^${title}: \\d+ of \\d+ questions kept$`) },
    { timeout: 10_000 },
  );

/** Answers every fetch with a recorded MediaWiki API body, and keeps the requested URLs. */
function answerWith(body: string, status = 200) {
  const requested: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    return new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
  });
  return requested;
}

function setOnline(online: boolean) {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

afterEach(() => {
  vi.unstubAllGlobals();
  setOnline(true);
});

async function fetchTitle(user: ReturnType<typeof renderApp>['user'], typed: string) {
  await user.type(await screen.findByRole('textbox', { name: 'Article title or address' }), typed);
  await user.click(screen.getByRole('button', { name: 'Fetch from Wikipedia' }));
}

describe('New deck inputs', { timeout: APP_TEST_TIMEOUT_MS }, () => {
  it(
    'makes a deck from pasted wikitext: title from the bold subject, no markup in the saved article',
    async () => {
      const { db, user } = renderApp('/new');
      fireEvent.change(await screen.findByRole('textbox', { name: 'Article text' }), {
        target: { value: battleWiki },
      });
      await user.click(screen.getByRole('button', { name: 'Make questions' }));
      await previewHeading('Battle of Tarnow Bridge');
      await user.click(screen.getByRole('button', { name: 'Save deck' }));
      await screen.findByRole('heading', { level: 1, name: 'Battle of Tarnow Bridge' }, { timeout: 10_000 });
      const saved = await db.decks.get('battle-of-tarnow-bridge');
      expect(saved?.source.url).toBeUndefined();
      const questions = await db.questions.where('deckId').equals('battle-of-tarnow-bridge').toArray();
      expect(questions.length).toBeGreaterThan(5);
      for (const q of questions) expect(q.source.quote).not.toMatch(/\[\[|\{\{|<ref/);
    },
    APP_TEST_TIMEOUT_MS,
  );

  it(
    'fetches an article From Wikipedia (a recorded answer), and the saved deck shows its address, revision and licence',
    async () => {
      const requested = answerWith(recorded('battle-of-tarnow-bridge'));
      const { db, user } = renderApp('/new');
      await fetchTitle(user, 'https://en.wikipedia.org/wiki/Tarnow_bridge');
      await previewHeading('Battle of Tarnow Bridge');
      expect(requested).toHaveLength(1);
      const url = new URL(requested[0] ?? '');
      expect(url.host).toBe('en.wikipedia.org');
      expect(url.searchParams.get('titles')).toBe('Tarnow bridge');
      expect(url.searchParams.get('origin')).toBe('*');
      expect(screen.getByRole('link', { name: 'revision 1187745012' })).toHaveAttribute(
        'href',
        'https://en.wikipedia.org/w/index.php?oldid=1187745012',
      );

      await user.click(screen.getByRole('button', { name: 'Save deck' }));
      await screen.findByRole('heading', { level: 1, name: 'Battle of Tarnow Bridge' }, { timeout: 10_000 });
      expect(screen.getByRole('link', { name: 'Battle of Tarnow Bridge' })).toHaveAttribute(
        'href',
        'https://en.wikipedia.org/wiki/Battle_of_Tarnow_Bridge',
      );
      expect(screen.getByRole('link', { name: 'CC BY-SA 4.0' })).toHaveAttribute(
        'href',
        'https://creativecommons.org/licenses/by-sa/4.0/',
      );
      expect((await db.decks.get('battle-of-tarnow-bridge'))?.source).toMatchObject({
        url: 'https://en.wikipedia.org/wiki/Battle_of_Tarnow_Bridge',
        revision: 1187745012,
        licence: 'CC BY-SA 4.0',
      });
    },
    APP_TEST_TIMEOUT_MS,
  );

  it('offline, says so, offers paste, and fetches nothing', async () => {
    const requested = answerWith(recorded('battle-of-tarnow-bridge'));
    setOnline(false);
    const { user } = renderApp('/new');
    expect(
      await screen.findByText(
        /You are offline, so Muster cannot fetch from Wikipedia\. Paste the article's text below/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fetch from Wikipedia' })).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Article title or address' }), 'Hastings{Enter}');
    expect(requested).toEqual([]);
    setOnline(true);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Fetch from Wikipedia' })).toBeEnabled());
  });

  it.each([
    [
      'a missing page',
      () => answerWith(recorded('missing')),
      'en.wikipedia.org has no article called "Battle of Nowhere Bridge". Check the spelling',
    ],
    [
      'a disambiguation page',
      () => answerWith(recorded('disambiguation')),
      '"Tarnow" is a disambiguation page: it lists several articles with similar names. Choose one of them',
    ],
    [
      'an empty page',
      () => answerWith(recorded('empty')),
      '"Tarnow Mill" is empty. Choose an article that has text.',
    ],
    [
      'a talk page',
      () => answerWith(recorded('talk-page')),
      '"Talk:Battle of Tarnow Bridge" is not an article',
    ],
    [
      'an API error',
      () => answerWith(recorded('api-error')),
      'Wikipedia refused the request (maxlag). Try again later, or paste',
    ],
    [
      'a server error',
      () => answerWith('<html>Bad gateway</html>', 502),
      'en.wikipedia.org answered with an error (HTTP 502). Try again in a minute, or paste',
    ],
    [
      'a failed fetch',
      () => vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch'))),
      'Muster could not reach en.wikipedia.org: the connection failed. Check that you are online and try again, or paste',
    ],
  ])(
    '%s from Wikipedia gets a message that says what to do, and nothing is saved',
    async (_name, answer, message) => {
      answer();
      const { db, user } = renderApp('/new');
      await fetchTitle(user, 'Some title');
      const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
      expect(alert).toHaveTextContent(message);
      expect(screen.getByRole('textbox', { name: 'Article title or address' })).toHaveAccessibleDescription(
        expect.stringContaining(alert.textContent ?? ''),
      );
      expect(screen.queryByRole('button', { name: 'Save deck' })).not.toBeInTheDocument();
      expect((await db.decks.toArray()).map((d) => d.id)).toEqual(['siege-of-emesa']);
    },
  );

  it.each([
    [
      'a pasted redirect',
      '#REDIRECT [[Battle of Tarnow Bridge]]',
      'This page is a redirect to "Battle of Tarnow Bridge", not an article. Use "Battle of Tarnow Bridge" instead.',
    ],
    [
      'a 5 MB paste',
      'x'.repeat(5_000_000),
      'This text has 5,000,000 characters (about 5.0 MB); the limit is 2,000,000. Paste one article',
    ],
    [
      'a page of templates and tables only',
      '{{Infobox}}\n{| class="wikitable"\n| a || b\n|}\n',
      'no paragraphs of prose',
    ],
  ])('%s gets a message next to the box, and nothing is saved', async (_name, text, message) => {
    const { db, user } = renderApp('/new');
    fireEvent.change(await screen.findByRole('textbox', { name: 'Article text' }), {
      target: { value: text },
    });
    await user.click(screen.getByRole('button', { name: 'Make questions' }));
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(message);
    expect(screen.queryByRole('button', { name: 'Save deck' })).not.toBeInTheDocument();
    expect((await db.decks.toArray()).map((d) => d.id)).toEqual(['siege-of-emesa']);
  });

  it('shows labelled progress while fetching, and Cancel stops it with nothing made or saved', async () => {
    let signal: AbortSignal | undefined;
    vi.stubGlobal('fetch', (_url: string, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Promise(() => {});
    });
    const { db, user } = renderApp('/new');
    await fetchTitle(user, 'Battle of Tarnow Bridge');
    const label = 'Fetching "Battle of Tarnow Bridge" from Wikipedia…';
    expect(screen.getByRole('progressbar', { name: label })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(label);
    expect(screen.getByText('0 s')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Make questions' })).toBeDisabled();
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect(cancel).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(signal?.aborted).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Cancelled: no deck was made and nothing was saved.',
    );
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Article title or address' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Fetch from Wikipedia' })).toBeEnabled();
    expect(await db.decks.count()).toBe(1);
  });
});
