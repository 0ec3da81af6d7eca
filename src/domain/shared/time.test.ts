import { describe, expect, it } from 'vitest';
import { formatDuration, HOUR, MINUTE } from './time';

describe('formatDuration', () => {
  it('says seconds below a minute, never "0 min"', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(9_400)).toBe('9 s');
    expect(formatDuration(59_000)).toBe('59 s');
  });

  it('says minutes and seconds below ten minutes, then minutes, then hours', () => {
    expect(formatDuration(MINUTE)).toBe('1 min');
    expect(formatDuration(4 * MINUTE + 5_000)).toBe('4 min 5 s');
    expect(formatDuration(12 * MINUTE + 20_000)).toBe('12 min');
    expect(formatDuration(HOUR + 5 * MINUTE)).toBe('1 h 5 min');
  });
});
