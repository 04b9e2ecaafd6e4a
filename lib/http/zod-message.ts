import type { z } from 'zod';

/** One readable line from a zod error: "amount: must be …; strategy: …". */
export function zodMessage(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'body'}: ${i.message}`).join('; ');
}
