import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { APP_TEST_TIMEOUT_MS } from '../../../tests/helpers/app-test-timeout';
import { battleArticle } from '../../../tests/helpers/articles';
import { freshDb, renderApp } from '../../../tests/helpers/render-app';
import { loadDeck } from '../../db/load-deck';
import { deriveDeck } from '../../domain/article/derive-deck';

const expected = deriveDeck(battleArticle);

async function pasteArticle(user: ReturnType<typeof renderApp>['user'], text: string) {
  const box = await screen.findByRole('textbox', { name: 'Article text' });
  await user.click(box);
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Make questions' }));
}

/** Saves, then waits for the new deck's page: the save writes deck, questions and cards in one transaction. */
async function saveAndOpen(user: ReturnType<typeof renderApp>['user']) {
  await user.click(screen.getByRole('button', { name: 'Save deck' }));
  const heading = { level: 1, name: 'Battle of Varnholt Ford (1412)' };
  expect(await screen.findByRole('heading', heading, { timeout: 10_000 })).toBeInTheDocument();
}

describe('NewDeckPage', () => {
  it(
    'pastes an article, previews by topic, drops one question, saves the rest and opens the deck',
    async () => {
      const { db, user } = renderApp('/new');
      await pasteArticle(user, battleArticle);

      const total = expected.questions.length;
      expect(
        await screen.findByRole('heading', {
          name: `Battle of Varnholt Ford (1412): ${total} of ${total} questions kept`,
        }),
      ).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 3, name: /^Commanders/ })).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 3, name: /^Numbers/ })).toBeInTheDocument();

      const dropped = expected.questions[0];
      await user.click(screen.getByRole('button', { name: `Drop: ${dropped?.prompt}` }));
      expect(screen.getByRole('heading', { level: 2, name: /questions kept$/ })).toHaveTextContent(
        `${total - 1} of ${total} questions kept`,
      );

      const edited = expected.questions[1];
      const item = screen.getByRole('listitem', { name: edited?.prompt });
      await user.click(within(item).getByRole('button', { name: `Edit: ${edited?.prompt}` }));
      const prompt = within(item).getByRole('textbox', { name: 'Question' });
      await user.clear(prompt);
      await user.paste('An edited question?');

      expect(screen.getByRole('textbox', { name: 'Deck id' })).toHaveValue('battle-of-varnholt-ford-1412');
      await saveAndOpen(user);
      const saved = await db.questions.where('deckId').equals('battle-of-varnholt-ford-1412').toArray();
      expect(saved).toHaveLength(total - 1);
      expect(saved.map((q) => q.id)).not.toContain(dropped?.id);
      expect(saved.find((q) => q.id === edited?.id)?.prompt).toBe('An edited question?');
      expect((await db.decks.get('battle-of-varnholt-ford-1412'))?.builtIn).toBe(false);
      expect(await db.cards.where('deckId').equals('battle-of-varnholt-ford-1412').count()).toBe(total - 1);
    },
    APP_TEST_TIMEOUT_MS,
  );

  it('derives the questions as soon as a .txt file is chosen', async () => {
    const { user } = renderApp('/new');
    const file = new File([battleArticle], 'varnholt.txt', { type: 'text/plain' });
    await user.upload(await screen.findByLabelText('Or choose a .txt or .wiki file'), file);
    expect(await screen.findByRole('heading', { level: 2, name: /questions kept$/ })).toHaveTextContent(
      `Battle of Varnholt Ford (1412): ${expected.questions.length} of ${expected.questions.length} questions kept`,
    );
    // The file's text is shown in the box (a textarea keeps LF line ends only).
    expect(screen.getByRole('textbox', { name: 'Article text' })).toHaveValue(
      battleArticle.replace('\uFEFF', '').replace(/\r\n/g, '\n'),
    );
  });

  it('shows the problem next to the input and saves nothing when the text is not an article', async () => {
    const { db, user } = renderApp('/new');
    await pasteArticle(user, 'Just some notes, without a title line');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Line 1: the article must start with its title, as "= Title =" or as a short first line',
    );
    expect(screen.getByRole('textbox', { name: 'Article text' })).toHaveAccessibleDescription(
      alert.textContent ?? '',
    );
    expect(screen.queryByRole('button', { name: 'Save deck' })).not.toBeInTheDocument();
    expect((await db.decks.toArray()).map((d) => d.id)).toEqual(['siege-of-emesa']);
  });

  it(
    'never overwrites a different deck: it offers a free id instead',
    async () => {
      const { db, user } = renderApp('/new');
      await pasteArticle(user, battleArticle);
      const idBox = await screen.findByRole('textbox', { name: 'Deck id' });
      await user.clear(idBox);
      await user.paste('siege-of-emesa');
      await user.click(screen.getByRole('button', { name: 'Save deck' }));

      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Another deck, "Siege of Emesa (638)", already uses the id "siege-of-emesa".',
      );
      expect((await db.decks.get('siege-of-emesa'))?.title).toBe('Siege of Emesa (638)');
      await user.click(screen.getByRole('button', { name: 'Use "siege-of-emesa-2"' }));
      await saveAndOpen(user);
      await waitFor(async () => expect(await db.decks.count()).toBe(2));
      expect((await db.decks.get('siege-of-emesa-2'))?.title).toBe('Battle of Varnholt Ford (1412)');
    },
    APP_TEST_TIMEOUT_MS,
  );

  it(
    'saving the article again says what happens to studied cards it drops, and archives them',
    async () => {
      const db = freshDb();
      const id = 'battle-of-varnholt-ford-1412';
      await loadDeck(db, expected, { builtIn: false, now: new Date() });
      const dropped = expected.questions[0];
      const key = `${id}/${dropped?.id}`;
      const card = await db.cards.get(key);
      if (!card) throw new Error('no card');
      await db.cards.put({ ...card, queue: 'review', fsrs: { ...card.fsrs, reps: 4 } });

      const { user } = renderApp('/new', db);
      await pasteArticle(user, battleArticle);
      await user.click(await screen.findByRole('button', { name: `Drop: ${dropped?.prompt}` }));
      const total = expected.questions.length;
      await waitFor(() =>
        expect(screen.getByText(/Saving updates your deck/)).toHaveTextContent(
          `Saving updates your deck "${id}": ${total - 1} cards keep their progress.`,
        ),
      );
      expect(
        screen.getByText(
          /1 card you studied is not in this version: it goes to the deck's archive with its history/,
        ),
      ).toBeInTheDocument();
      await saveAndOpen(user);
      expect(await screen.findByRole('button', { name: `Restore ${dropped?.prompt}` })).toBeInTheDocument();
      expect(await db.archivedCards.get(key)).toMatchObject({ card: { fsrs: { reps: 4 } } });
    },
    APP_TEST_TIMEOUT_MS,
  );

  it(
    'More questions asks the deriver for more and keeps what the teacher chose',
    async () => {
      const { user } = renderApp('/new');
      await pasteArticle(user, battleArticle);
      const first = expected.questions[0]?.prompt ?? '';
      await user.click(await screen.findByRole('button', { name: `Drop: ${first}` }));
      await user.click(screen.getByRole('button', { name: 'More questions' }));
      const asked = expected.questions.length + 40;
      const larger = deriveDeck(battleArticle, { limit: asked });
      const shown = () => screen.getAllByRole('button', { name: /^(Drop|Keep): / });
      await waitFor(() => expect(shown()).toHaveLength(larger.questions.length));
      expect(screen.getByRole('button', { name: `Keep: ${first}` })).toBeInTheDocument();
      if (larger.questions.length < asked) {
        expect(screen.getByText(/questions are all this article gives/)).toBeInTheDocument();
        expect(screen.queryByRole('button', { name: 'More questions' })).not.toBeInTheDocument();
      }
    },
    APP_TEST_TIMEOUT_MS,
  );
});
