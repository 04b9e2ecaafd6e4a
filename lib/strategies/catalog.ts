import type { StrategyCard } from './card';
import { v1Card } from './v1/v1.card';
import { v1DecisionSchema } from './v1/v1-events';
import { v2Card } from './v2/v2.card';
import { v3Card } from './v3/v3.card';
import { v3MessageSchema } from './v3/v3-events';

/**
 * The strategies the lab knows, in the order every list and report shows them. Browser-safe:
 * each entry is a strategy's card; the server's ports are registered beside them (registry.ts),
 * and the type checker holds the two lists to the same names.
 */
export const strategyCards = [v1Card, v2Card, v3Card] as const satisfies readonly StrategyCard[];

export type Strategy = (typeof strategyCards)[number]['name'];

/** The kinds of trade event a strategy writes of its own, joined into the trade service's events. */
export const strategyEventSchemas = [v1DecisionSchema, v3MessageSchema] as const;

export const strategies = strategyCards.map((card) => card.name) as [Strategy, ...Strategy[]];

export const isStrategy = (name: string): name is Strategy => (strategies as readonly string[]).includes(name);

/** The strategy a fresh lab starts with: the note's recommendation. */
export const defaultStrategy: Strategy = v2Card.name;

export const cardOf = (name: Strategy): StrategyCard<Strategy> => strategyCards.find((card) => card.name === name)!;

/** A count per strategy, every strategy present, in the catalog's order. */
export const perStrategy = <T>(make: (name: Strategy) => T): Record<Strategy, T> =>
  Object.fromEntries(strategies.map((name) => [name, make(name)])) as Record<Strategy, T>;
