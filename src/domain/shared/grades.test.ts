import { describe, expect, it } from 'vitest';
import { formatInterval } from './grades';

const MINUTE = 60_000;
const DAY = 86_400_000;

describe('formatInterval', () => {
  it.each([
    [30_000, '<1m'],
    [10 * MINUTE, '10m'],
    [3 * 3_600_000, '3h'],
    [4 * DAY, '4d'],
    [75 * DAY, '2.5mo'],
    [365 * DAY, '1y'],
  ])('%i ms reads %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});
