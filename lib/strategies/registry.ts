import { strategies, type Strategy } from './catalog';
import type { StrategyPort } from './strategy';
import { v1StuckExplanations } from './v1/v1.stuck';
import { v1Strategy } from './v1/v1.strategy';
import { v2StuckExplanations } from './v2/v2.stuck';
import { v2Strategy } from './v2/v2.strategy';
import { v3StuckExplanations } from './v3/v3.stuck';
import { v3Strategy } from './v3/v3.strategy';

/** Each strategy's server side, by name: the one place the lab finds a strategy's flows, recovery and claims. */
const ports = { v1: v1Strategy, v2: v2Strategy, v3: v3Strategy } satisfies Record<Strategy, StrategyPort>;

type StuckReasonOf<Port> = Port extends StrategyPort<infer Reason> ? Reason : never;
/** The words the strategies name a stuck trade by, each its own: chaos explains every one. */
type PortStuckReason = StuckReasonOf<(typeof ports)[Strategy]>;

export const portOf = (name: Strategy): StrategyPort<PortStuckReason> => ports[name];

/** The cases each strategy names a stuck trade by, with their English. */
export const strategyStuckExplanations = { ...v1StuckExplanations, ...v2StuckExplanations, ...v3StuckExplanations };

/** The strategies' own claims, as the explorer's report lists them: what V2 promises before V1's cells. */
export const strategyClaims = [v2Strategy, v1Strategy, v3Strategy].flatMap((port) => port.explorer.claims);

/** Every strategy's port, in the catalog's order. */
export const strategyPorts: readonly StrategyPort[] = strategies.map(portOf);
