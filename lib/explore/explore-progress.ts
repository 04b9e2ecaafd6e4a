import { runProgress } from '@/lib/run-progress';
import type { ExploreProgress } from './explore';

/** How far the exploration has walked. */
export const exploreRunProgress = runProgress<ExploreProgress>('exploration');
