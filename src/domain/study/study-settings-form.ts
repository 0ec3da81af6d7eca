import type { StudySettings } from './study-settings';
import { studySettingsSchema } from './study-settings-check';

/** The settings a learner edits in a form, each with its label and the rule it must meet. */
export const SETTINGS_FIELDS = [
  {
    name: 'desiredRetention',
    label: 'Desired retention',
    rule: 'a number from 0.70 to 0.99',
    kind: 'number',
  },
  {
    name: 'learningSteps',
    label: 'Learning steps',
    rule: 'steps like 1m 10m (minutes m, hours h, days d), at most 10',
    kind: 'steps',
  },
  { name: 'relearningSteps', label: 'Relearning steps', rule: 'steps like 10m, at most 10', kind: 'steps' },
  {
    name: 'maximumInterval',
    label: 'Maximum interval (days)',
    rule: 'a whole number of days from 1 to 36500',
    kind: 'number',
  },
  { name: 'newPerDay', label: 'New cards per day', rule: 'a whole number from 0 to 9999', kind: 'number' },
  {
    name: 'maxReviewsPerDay',
    label: 'Maximum reviews per day',
    rule: 'a whole number from 0 to 99999',
    kind: 'number',
  },
  {
    name: 'dayStartHour',
    label: 'New day starts at (hour, 0–23)',
    rule: 'a whole hour from 0 to 23',
    kind: 'number',
  },
  {
    name: 'leechThreshold',
    label: 'Leech after this many lapses',
    rule: 'a whole number from 1 to 99',
    kind: 'number',
  },
] as const;

export type SettingsField = (typeof SETTINGS_FIELDS)[number]['name'];
export type SettingsFormValues = Record<SettingsField, string>;

export type SettingsFormResult =
  | { ok: true; settings: StudySettings }
  | { ok: false; errors: Partial<Record<SettingsField, string>> };

/** The form's text for these settings. */
export function settingsFormValues(settings: StudySettings): SettingsFormValues {
  const values = {} as SettingsFormValues;
  for (const field of SETTINGS_FIELDS) {
    const value = settings[field.name];
    values[field.name] = Array.isArray(value) ? value.join(' ') : String(value);
  }
  return values;
}

const MAX_FIELD_LENGTH = 200;

/**
 * Reads the form (text from the learner: length-limited, then validated field by field).
 * Each problem is a sentence naming the field and what it must be.
 */
export function readSettingsForm(values: SettingsFormValues, base: StudySettings): SettingsFormResult {
  const draft: Record<string, unknown> = { ...base };
  const errors: Partial<Record<SettingsField, string>> = {};
  for (const field of SETTINGS_FIELDS) {
    const text = values[field.name].trim().slice(0, MAX_FIELD_LENGTH);
    draft[field.name] =
      field.kind === 'steps' ? text.split(/[\s,]+/).filter(Boolean) : text === '' ? Number.NaN : Number(text);
    const check = studySettingsSchema.shape[field.name].safeParse(draft[field.name]);
    if (!check.success) errors[field.name] = `${field.label} must be ${field.rule}; "${text}" is not.`;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = studySettingsSchema.safeParse(draft);
  return parsed.success ? { ok: true, settings: parsed.data } : { ok: false, errors: {} };
}
