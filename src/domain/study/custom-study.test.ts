import { describe, expect, it } from 'vitest';
import {
  describeStudy,
  NORMAL_STUDY,
  parseStudyOptions,
  studyOptionsSearch,
  writesSchedule,
} from './custom-study';

const parse = (search: string) => parseStudyOptions(new URLSearchParams(search));

describe('study options in the URL', () => {
  it('round-trips every mode and topic', () => {
    for (const options of [
      NORMAL_STUDY,
      { mode: 'forgotten' as const, aheadDays: 1 },
      { mode: 'ahead' as const, aheadDays: 7, topic: 'dates' as const },
      { mode: 'cram' as const, topic: 'commanders' as const, aheadDays: 1 },
    ]) {
      const back = parse(studyOptionsSearch(options));
      expect(back.mode).toBe(options.mode);
      expect(back.topic).toBe(options.topic);
      if (options.mode === 'ahead') expect(back.aheadDays).toBe(7);
    }
  });

  it('falls back to a normal session for anything it does not know', () => {
    expect(parse('mode=delete-everything')).toEqual(NORMAL_STUDY);
    expect(parse('topic=<script>')).toEqual(NORMAL_STUDY);
    expect(parse('mode=ahead&days=0')).toEqual(NORMAL_STUDY);
    expect(parse(`mode=ahead&days=${'9'.repeat(50)}`)).toMatchObject({ mode: 'ahead', aheadDays: 1 });
  });

  it('says what a session is, and only cram leaves the schedule alone', () => {
    expect(describeStudy({ mode: 'ahead', aheadDays: 3, topic: 'places' })).toBe(
      'Reviews due in the next 3 days (places only)',
    );
    expect(writesSchedule({ mode: 'cram', aheadDays: 1 })).toBe(false);
    expect(writesSchedule({ mode: 'forgotten', aheadDays: 1 })).toBe(true);
  });
});
