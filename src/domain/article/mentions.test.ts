import { describe, expect, it } from 'vitest';
import { mentionFinder } from './mentions';
import { amountValue } from './patterns';

const find = mentionFinder([]);
const numbers = (sentence: string) =>
  find(sentence)
    .filter((m) => m.kind === 'number')
    .map((m) => [m.text, m.value]);
const years = (sentence: string) =>
  find(sentence)
    .filter((m) => m.kind === 'year')
    .map((m) => m.value);

describe('amountValue', () => {
  it('reads digits, decimals with a multiplier, number words and compounds', () => {
    expect(amountValue('1,780,148')).toBe(1780148);
    expect(amountValue('1.6 million')).toBe(1600000);
    expect(amountValue('twenty-four')).toBe(24);
    expect(amountValue('fifteen hundred')).toBe(1500);
    expect(amountValue('9,000–10,000')).toBe(9000);
    expect(amountValue('Hill')).toBeNaN();
  });
});

describe('numbers in prose (sentences from the corpus)', () => {
  it('keeps a multiplier and a compound with the amount', () => {
    expect(
      numbers('Of his poetic writing, nearly fifteen hundred poems have been preserved over the ages.'),
    ).toEqual([['fifteen hundred poems', 1500]]);
    expect(numbers('Within twenty-four days the rebellion was crushed.')).toEqual([['twenty-four days', 24]]);
    expect(numbers('The city has 1.6 million people.')).toEqual([['1.6 million people', 1600000]]);
  });

  it('keeps a range of soldiers a range', () => {
    expect(numbers('The Athenians had about 9,000–10,000 hoplites.')).toEqual([
      ['9,000–10,000 hoplites', 9000],
    ]);
  });

  it('counts nothing in a name, a fraction, money or a date', () => {
    expect(numbers('Gibbon counted him the first of the Five Good Emperors.')).toEqual([]);
    expect(numbers('About two thirds of Du Fu’s works are in this form.')).toEqual([]);
    expect(numbers('During his term, Estrada has paid the city’s over ₱ 5 billion debts.')).toEqual([]);
    const formed =
      'The Derry Housing Action Committee was formed in March 1968 by members of the Labour Party.';
    expect(numbers(formed)).toEqual([]);
    expect(years(formed)).toEqual([1968]);
  });
});
