import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../tests/helpers/render-app';

const ANKI = [
  '#separator:tab',
  '#html:false',
  'Who took Emesa?\tAbu Ubaidah',
  '\tno front',
  'Year?\t638\tdates',
  '',
].join('\n');

describe('Import and export page', () => {
  it('previews the cards and the skipped lines, saves nothing until asked, then makes a user deck', async () => {
    const { db, user, router } = renderApp('/import');
    await user.upload(await screen.findByLabelText('File to import'), new File([ANKI], 'emesa-cards.txt'));
    expect(await screen.findByTestId('import-summary')).toHaveTextContent(
      '2 cards will be imported; 1 line will be skipped.',
    );
    expect(screen.getByText('Line 4: the front is empty')).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('3Who took Emesa?Abu Ubaidah');
    expect(await db.decks.count()).toBe(1);

    await user.selectOptions(screen.getByLabelText('Topic of cards without a topic tag'), 'commanders');
    await user.click(screen.getByRole('button', { name: 'Import 2 cards' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'emesa-cards' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/decks/emesa-cards');
    expect(await db.decks.get('emesa-cards')).toMatchObject({ builtIn: false, questionCount: 2 });
    const questions = await db.questions.where('deckId').equals('emesa-cards').sortBy('position');
    expect(questions.map((q) => [q.prompt, q.answer, q.topic])).toEqual([
      ['Who took Emesa?', 'Abu Ubaidah', 'commanders'],
      ['Year?', '638', 'commanders'],
    ]);
    expect(questions[0]?.source).toEqual({
      section: 'emesa-cards.txt, line 3',
      quote: 'Who took Emesa?\tAbu Ubaidah',
    });
  });

  it('reads pasted Quizlet text with a custom separator', async () => {
    const { user } = renderApp('/import');
    await user.selectOptions(await screen.findByLabelText('Format'), 'quizlet');
    const between = screen.getByRole('group', { name: 'Between term and definition' });
    await user.click(within(between).getByRole('radio', { name: 'Custom' }));
    await user.type(screen.getByLabelText('Custom separator'), '=');
    await user.type(screen.getByLabelText('Or paste the text'), 'Emesa=Homs{enter}Raqqa');
    expect(await screen.findByTestId('import-summary')).toHaveTextContent(
      '1 card will be imported; 1 line will be skipped.',
    );
    expect(screen.getByText('Line 2: no "=" between term and definition')).toBeInTheDocument();
  });

  it('explains a file it cannot read and offers no import', async () => {
    const { user, db } = renderApp('/import');
    await user.upload(
      await screen.findByLabelText('File to import'),
      new File(['#separator:Wavy\na~b'], 'odd.txt'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/separator "Wavy" is not one Anki knows/);
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
    expect(await db.decks.count()).toBe(1);
  });

  it('imports an Anki export into its own deck, and a second import of it updates that deck', async () => {
    const { user, db, unmount } = renderApp('/import');
    const v1 = '#separator:tab\n#guid column:1\n#deck column:2\ng1\tLatin\tporta\tdoor\n';
    await user.upload(await screen.findByLabelText('File to import'), new File([v1], 'latin.txt'));
    expect(await screen.findByTestId('import-plan')).toHaveTextContent('1 card goes to a new deck “Latin”.');
    expect(screen.queryByLabelText('Deck title')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import 1 card' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Latin' })).toBeInTheDocument();

    const v2 = `${v1}g2\tLatin\taqua\twater\n`;
    unmount();
    const { user: again } = renderApp('/import', db);
    await again.upload(await screen.findByLabelText('File to import'), new File([v2], 'latin.txt'));
    expect(await screen.findByTestId('import-plan')).toHaveTextContent(
      '2 cards update your deck “Latin”: 1 of them are already there',
    );
    await again.click(screen.getByRole('button', { name: 'Import 2 cards' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Latin' })).toBeInTheDocument();
    expect(await db.questions.where('deckId').equals('latin').count()).toBe(2);
  });
});
