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

  it('shows the columns a semicolon CSV has and imports the ones the learner picks', async () => {
    const { user, db } = renderApp('/import');
    const csv =
      'Notiz;Stadt;Heute;Thema\r\nam Orontes;Emesa;Homs;cities\r\nam Euphrat;Kallinikos;Raqqa;cities\r\n';
    await user.upload(await screen.findByLabelText('File to import'), new File([csv], 'staedte.csv'));
    const columns = await screen.findByRole('group', { name: 'Columns' });
    expect(columns).toHaveAccessibleDescription('Found 4 columns separated by semicolon, no header row.');
    expect(within(screen.getByRole('table')).getAllByRole('row')[2]).toHaveTextContent('2am OrontesEmesa');

    await user.selectOptions(within(columns).getByLabelText('Front column'), '2: Column 2');
    await user.selectOptions(within(columns).getByLabelText('Back column'), '3: Column 3');
    await user.selectOptions(within(columns).getByLabelText('Tags column'), '4: Column 4');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'LineFrontBackTags',
      '1StadtHeuteThema',
      '2EmesaHomscities',
      '3KallinikosRaqqacities',
    ]);
    await user.click(screen.getByRole('button', { name: 'Import 3 cards' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'staedte' })).toBeInTheDocument();
    const saved = await db.questions.where('deckId').equals('staedte').sortBy('position');
    expect(saved.map((q) => [q.prompt, q.answer])).toEqual([
      ['Stadt', 'Heute'],
      ['Emesa', 'Homs'],
      ['Kallinikos', 'Raqqa'],
    ]);
  });

  it('splits again when the learner picks another delimiter, and warns when front and back are one column', async () => {
    const { user } = renderApp('/import');
    await user.upload(
      await screen.findByLabelText('File to import'),
      new File(['term;definition\nEmesa, Syria;Homs\n'], 'cities.csv'),
    );
    const columns = await screen.findByRole('group', { name: 'Columns' });
    expect(within(columns).getByLabelText('Delimiter')).toHaveValue(';');
    await user.selectOptions(within(columns).getByLabelText('Delimiter'), 'Comma');
    expect(columns).toHaveAccessibleDescription('Found 2 columns separated by comma, no header row.');
    expect(within(screen.getByRole('table')).getAllByRole('row')[1]).toHaveTextContent('2EmesaSyria;Homs');
    await user.selectOptions(within(columns).getByLabelText('Back column'), '1: Column 1');
    expect(within(columns).getByRole('status')).toHaveTextContent('the same column');
  });

  it('refuses a GIFT file or a zip renamed .csv, naming what reads it', async () => {
    const { user } = renderApp('/import');
    const input = await screen.findByLabelText('File to import');
    await user.upload(input, new File(['PK\u0003\u0004\u0014\u0000binary'], 'deck.csv'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/This is not a CSV file: it is a zip archive/);
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
    await user.upload(input, new File(['::Q1:: Who took Emesa? {=Abu Ubaidah ~Heraclius}\n'], 'quiz.csv'));
    await user.selectOptions(screen.getByLabelText('Format'), 'csv');
    expect(await screen.findByRole('alert')).toHaveTextContent(/Moodle GIFT file.*Choose "Moodle GIFT"/);
  });
});
