import { describe, expect, it } from 'vitest';
import type { Facts } from './facts';
import { reasonQuestions } from './reason-questions';
import { extractReasons } from './reasons';

const questionsOf = (sentence: string) =>
  reasonQuestions({ reasons: extractReasons([{ sentence, section: 'History' }]) } as Facts).map(
    (q) => q.prompt,
  );

describe('reasonQuestions', () => {
  it('asks the reason of an event that says who did what', () => {
    expect(
      questionsOf(
        'The garrison flooded the lower fields around the fort so that the enemy could not bring up its guns.',
      ),
    ).toContain('The garrison flooded the lower fields around the fort. For what purpose?');
  });

  it('asks nothing of a time alone ("In late 1944. As part of what?")', () => {
    expect(
      questionsOf(
        'In late 1944, as part of plans to free the army for other campaigns, the corps took over the island.',
      ),
    ).toEqual([]);
  });
});
