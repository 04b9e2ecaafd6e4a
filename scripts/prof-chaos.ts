import { chaosRun } from '@/lib/chaos/chaos-run';
import { chaosOptionsSchema } from '@/lib/chaos/chaos-options';
const t = Date.now();
await chaosRun(chaosOptionsSchema.parse({ world: 'simulated', trades: 5000, seed: 2 }));
console.log(Date.now() - t);
