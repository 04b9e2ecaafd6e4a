import { z } from 'zod';
import type { Transport } from './transport';

/** Which transport a run's lab used: the real HTTP hop, in-process, or the simulated network. */
export const transportNameSchema = z.enum(['http', 'in-process', 'simulated']) satisfies z.ZodType<Transport['name']>;
