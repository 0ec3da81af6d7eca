import { ApkgImportForm } from './ApkgImportForm';
import { ExportDeckForm } from './ExportDeckForm';
import { ImportForm } from './ImportForm';

export function ImportExportPage() {
  return (
    <section className="import-export" aria-labelledby="import-title">
      <h1 id="import-title">Import and export decks</h1>
      <h2>Import a deck</h2>
      <p>
        From Anki ("Notes in Plain Text"), Quizlet ("Export" text), Moodle (a GIFT file of questions) or a CSV
        file with a front and a back per line. You see every card, and every line that will be skipped and
        why, before anything is saved. The deck becomes one of your own decks.
      </p>
      <ImportForm />
      <h2>Import an Anki package</h2>
      <p>
        An .apkg file from Anki (File → Export → "Anki Deck Package", with scheduling information): its notes,
        decks and tags, and each card's review history, so cards come due when Anki had them due. Images and
        sounds are left out.
      </p>
      <ApkgImportForm />
      <h2>Export a deck</h2>
      <p>
        Anki text imports in Anki with File → Import as it is. Quizlet text pastes into Quizlet's import box
        (tab between term and definition). Multiple-choice options go on the front.
      </p>
      <ExportDeckForm />
    </section>
  );
}
