import { type FormEvent, useId, useState } from 'react';
import { errorText } from '../../components/error-message';
import type { StudySettings } from '../../domain/study/study-settings';
import {
  readSettingsForm,
  SETTINGS_FIELDS,
  type SettingsField,
  type SettingsFormValues,
  settingsFormValues,
} from '../../domain/study/study-settings-form';
import { useSaveStudySettings } from './api';

const HELP: Partial<Record<SettingsField, string>> = {
  desiredRetention:
    'How likely you should be to remember a card when it comes due. Higher means more reviews.',
  dayStartHour: 'Local time. Reviews after midnight but before this hour count for the day before.',
};

/** The study settings form for one scope (global or a deck). Changes apply from the next session. */
export function SettingsForm({ scope, settings }: { scope: string; settings: StudySettings }) {
  const [values, setValues] = useState<SettingsFormValues>(() => settingsFormValues(settings));
  const [errors, setErrors] = useState<Partial<Record<SettingsField, string>>>({});
  const [saved, setSaved] = useState(false);
  const save = useSaveStudySettings(scope);
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const result = readSettingsForm(values, settings);
    if (!result.ok) {
      setErrors(result.errors);
      // Take the learner to the first problem.
      const first = SETTINGS_FIELDS.find((field) => result.errors[field.name]);
      if (first) document.getElementById(`${id}-${first.name}`)?.focus();
      return;
    }
    setErrors({});
    save.mutate(result.settings, { onSuccess: () => setSaved(true) });
  }

  const problems = SETTINGS_FIELDS.filter((field) => errors[field.name]);
  return (
    <form className="settings-form" onSubmit={submit} noValidate>
      {problems.length > 0 && (
        <div role="alert" className="error">
          <p>
            {problems.length === 1
              ? 'One setting needs fixing; nothing was saved:'
              : `${problems.length} settings need fixing; nothing was saved:`}
          </p>
          <ul>
            {problems.map((field) => (
              <li key={field.name}>{errors[field.name]}</li>
            ))}
          </ul>
        </div>
      )}
      {SETTINGS_FIELDS.map((field) => {
        const fieldId = `${id}-${field.name}`;
        const error = errors[field.name];
        return (
          <div key={field.name} className={`settings-field${error ? ' has-error' : ''}`}>
            <label htmlFor={fieldId}>{field.label}</label>
            <input
              id={fieldId}
              inputMode={field.kind === 'number' ? 'decimal' : 'text'}
              value={values[field.name]}
              aria-invalid={error ? true : undefined}
              aria-describedby={error || HELP[field.name] ? `${fieldId}-note` : undefined}
              onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
            />
            {(error || HELP[field.name]) && (
              <p id={`${fieldId}-note`} className={error ? 'field-error' : 'field-help'}>
                {error ?? HELP[field.name]}
              </p>
            )}
          </div>
        );
      })}
      <button type="submit" className="primary" disabled={save.isPending}>
        Save settings
      </button>
      {saved && <p role="status">Saved. Your next study session uses these settings.</p>}
      {save.error && (
        <p role="alert" className="error">
          {errorText(save.error)}
        </p>
      )}
    </form>
  );
}
