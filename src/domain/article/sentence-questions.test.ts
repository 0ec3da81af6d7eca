import { describe, expect, it } from 'vitest';
import { standsAlone } from './sentence-questions';

describe('standsAlone', () => {
  it('is false for a sentence split inside a quotation or one leaning on "this was"', () => {
    expect(
      standsAlone(
        'Clinton reported that this meant that Admiral Parker would have "the glory of being defeated alone." The attack was originally planned for June 24.',
      ),
    ).toBe(false);
    expect(standsAlone('Lee observed that this was "certainly a droll way of proceeding.')).toBe(false);
  });

  it('is true for a whole sentence with a closed quotation', () => {
    expect(standsAlone('Asahi, meaning "rising sun", was laid down on 1 August 1898 in Clydebank.')).toBe(
      true,
    );
  });
});
