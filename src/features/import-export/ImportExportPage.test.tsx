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
    await user.click(screen.getByRole('radio', { name: 'Custom' }));
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
});
