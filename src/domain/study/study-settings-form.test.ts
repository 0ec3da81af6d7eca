import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from './study-settings';
import { readSettingsForm, settingsFormValues } from './study-settings-form';

const values = settingsFormValues(DEFAULT_STUDY_SETTINGS);

describe('readSettingsForm', () => {
  it('round-trips the defaults', () => {
    expect(values.learningSteps).toBe('1m 10m');
    expect(readSettingsForm(values, DEFAULT_STUDY_SETTINGS)).toEqual({
      ok: true,
      settings: DEFAULT_STUDY_SETTINGS,
    });
  });

  it('reads changed values', () => {
    const result = readSettingsForm(
      { ...values, desiredRetention: '0.85', learningSteps: '5m, 30m 1h', newPerDay: '5', dayStartHour: '0' },
      DEFAULT_STUDY_SETTINGS,
    );
    expect(result).toEqual({
      ok: true,
      settings: {
        ...DEFAULT_STUDY_SETTINGS,
        desiredRetention: 0.85,
        learningSteps: ['5m', '30m', '1h'],
        newPerDay: 5,
        dayStartHour: 0,
      },
    });
  });

  it('names each field that is wrong and what it must be', () => {
    const result = readSettingsForm(
      {
        ...values,
        desiredRetention: '0.5',
        learningSteps: '10 minutes',
        dayStartHour: '24',
        newPerDay: '',
        maximumInterval: '2.5',
      },
      DEFAULT_STUDY_SETTINGS,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        desiredRetention: 'Desired retention must be a number from 0.70 to 0.99; "0.5" is not.',
        learningSteps:
          'Learning steps must be steps like 1m 10m (minutes m, hours h, days d), at most 10; "10 minutes" is not.',
        dayStartHour: 'New day starts at (hour, 0–23) must be a whole hour from 0 to 23; "24" is not.',
        newPerDay: 'New cards per day must be a whole number from 0 to 9999; "" is not.',
        maximumInterval:
          'Maximum interval (days) must be a whole number of days from 1 to 36500; "2.5" is not.',
      },
    });
  });
});
