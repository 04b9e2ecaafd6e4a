import { z } from 'zod';

/** GET of a long run's route (chaos, explore): whether one is in progress, and how far it got. */
export const runStatusSchema = <T extends z.ZodType>(progress: T) => z.object({ running: z.boolean(), progress: progress.nullable() });
