import { Link, useParams } from 'react-router';
import { ErrorMessage } from '../../components/error-message';
import { GLOBAL_SCOPE } from '../../db/settings';
import { useSaveStudySettings, useStudySettings } from './api';
import { SettingsForm } from './SettingsForm';
import { ThemeSwitch } from './ThemeSwitch';

/** /settings: the colour theme, and the study settings every deck uses unless it has its own. */
export function SettingsPage() {
  const current = useStudySettings(GLOBAL_SCOPE);
  if (current.error) return <ErrorMessage error={current.error} />;
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <section aria-labelledby="appearance-title">
        <h2 id="appearance-title">Appearance</h2>
        <ThemeSwitch />
      </section>
      <section aria-labelledby="study-settings-title">
        <h2 id="study-settings-title">Study settings</h2>
        <p>These apply to every deck that has no settings of its own.</p>
        {current.data ? (
          <SettingsForm scope={GLOBAL_SCOPE} settings={current.data.settings} />
        ) : (
          <p aria-busy="true">Loading…</p>
        )}
      </section>
    </section>
  );
}

/** /decks/:deckId/settings: a deck's own settings, or the global ones until it has its own. */
export function DeckSettingsPage() {
  const { deckId = '' } = useParams();
  const current = useStudySettings(deckId);
  const save = useSaveStudySettings(deckId);
  if (current.error) return <ErrorMessage error={current.error} />;
  if (!current.data) return <p aria-busy="true">Loading…</p>;
  return (
    <section aria-labelledby="deck-settings-title">
      <h1 id="deck-settings-title">Settings for this deck</h1>
      <p>
        {current.data.own ? (
          <>
            This deck has its own settings.{' '}
            <button type="button" onClick={() => save.mutate(null)}>
              Use the global settings
            </button>
          </>
        ) : (
          <>
            This deck uses the <Link to="/settings">global settings</Link>. Saving here gives it its own.
          </>
        )}
      </p>
      {/* Remount when the source changes, so the form shows the settings now in force. */}
      <SettingsForm key={String(current.data.own)} scope={deckId} settings={current.data.settings} />
      <p>
        <Link to={`/decks/${deckId}`}>Back to the deck</Link>
      </p>
    </section>
  );
}
