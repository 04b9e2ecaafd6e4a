import { z } from 'zod';

/** What work cost: messages on the wire and local commits. */
export interface Meter {
  messages: number;
  commits: number;
}

/** What was spent between two readings of the lab's meter. */
export const spentSince = (before: Meter, after: Meter): Meter => ({
  messages: after.messages - before.messages,
  commits: after.commits - before.commits,
});

/** What work cost, as the reports state it. */
export const meterSchema = z.object({
  messages: z.number().int().describe('requests carried on the wire, each a round trip answered or not'),
  commits: z.number().int().describe('local transactions committed, in every database'),
}) satisfies z.ZodType<Meter>;
