import type { Operation } from './operation';
import { coordinatorOperations } from './operations/coordinator';
import { labOperations } from './operations/lab';
import { runOperations } from './operations/runs';
import { serviceOperations } from './operations/services';
import { tradeOperations } from './operations/trades';

/** Every route of the API, as the document states it (a test checks this against app/api/**). */
export const operations: Operation[] = [
  ...tradeOperations,
  ...labOperations,
  ...runOperations,
  ...serviceOperations,
  ...coordinatorOperations,
];
