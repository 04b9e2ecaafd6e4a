import { z } from 'zod';

/** The largest amount one trade may carry: keeps every sum far inside integer precision. */
export const maxAmountCents = 100_000_000_00;

const decimal = /^(0|[1-9]\d*)(\.\d{1,2})?$/;

/**
 * An amount at the API: a decimal string or number with at most two decimals, above zero.
 * Storage is integer cents; the conversion goes through the string so 0.1 + 0.2 never happens.
 */
export const amountSchema = z
  .union([z.string(), z.number()], { error: 'amount must be a decimal number like "12.34"' })
  .transform((value, ctx) => {
    const text = typeof value === 'number' ? String(value) : value.trim();
    if (!decimal.test(text)) {
      ctx.addIssue({ code: 'custom', message: 'amount must be a positive decimal with at most two decimals, like "12.34"' });
      return z.NEVER;
    }
    const [whole = '0', fraction = ''] = text.split('.');
    const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
    if (cents <= 0) {
      ctx.addIssue({ code: 'custom', message: 'amount must be greater than 0' });
      return z.NEVER;
    }
    if (cents > maxAmountCents) {
      ctx.addIssue({ code: 'custom', message: `amount must be at most ${formatCents(maxAmountCents)}` });
      return z.NEVER;
    }
    return cents;
  });

/** 1234 → "12.34" */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
