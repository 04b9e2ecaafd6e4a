import { describe, expect, it } from 'vitest';
import { amountSchema, formatCents, maxAmountCents } from './money';

describe('amountSchema', () => {
  it.each([
    ['12.34', 1234],
    ['1', 100],
    ['0.5', 50],
    ['0.01', 1],
    [12.3, 1230],
    [4, 400],
  ])('accepts %j as %i cents', (input, cents) => {
    expect(amountSchema.parse(input)).toBe(cents);
  });

  it.each([['abc'], ['1.234'], [1.005], ['-1'], [-1], ['0'], [0], ['0.00'], [''], ['1e3'], [' '], [null], [true], [Number.NaN], ['01.00']])(
    'rejects %j',
    (input) => {
      expect(amountSchema.safeParse(input).success).toBe(false);
    },
  );

  it('rejects more than the largest amount', () => {
    expect(amountSchema.safeParse(formatCents(maxAmountCents + 1)).success).toBe(false);
    expect(amountSchema.parse(formatCents(maxAmountCents))).toBe(maxAmountCents);
  });
});

describe('formatCents', () => {
  it('prints two decimals', () => {
    expect(formatCents(1234)).toBe('12.34');
    expect(formatCents(5)).toBe('0.05');
    expect(formatCents(-250)).toBe('-2.50');
  });
});
