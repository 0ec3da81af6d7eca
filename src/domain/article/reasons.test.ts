import { describe, expect, it } from 'vitest';
import { extractReasons } from './reasons';

const reasonsOf = (sentence: string) => extractReasons([{ sentence, section: 'History' }]);

describe('extractReasons', () => {
  it('reads "When A, B" as the time B happened, not its cause', () => {
    const [reason] = reasonsOf(
      'When Charleston was reclaimed by American forces at the end of the war, the flag was returned to the city by General Nathanael Greene.',
    );
    expect(reason?.kind).toBe('trigger');
    expect(reason?.reason).toBe('When Charleston was reclaimed by American forces at the end of the war');
  });

  it('takes "so that" as a purpose only with a modal verb: an outcome is no purpose', () => {
    expect(
      reasonsOf(
        "The Japanese ships had badly wounded the fleet commander and jammed Knyaz Suvorov's steering so that she fell out of formation.",
      ),
    ).toEqual([]);
    const [purpose] = reasonsOf(
      'The garrison flooded the lower fields around the fort so that the enemy could not bring up its guns.',
    );
    expect(purpose?.reason).toBe('So that the enemy could not bring up its guns');
  });

  it('does not read a set phrase ("To add insult to injury, …") as a purpose', () => {
    expect(
      reasonsOf(
        'To add insult to injury, one of the British transports grounded off Long Island and was captured by Patriot forces.',
      ),
    ).toEqual([]);
  });
});
