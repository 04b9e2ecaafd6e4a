import { fail } from '@/lib/errors/lab-error';

/** Retry now or stop retrying, with nothing owed for the trade. */
export const nothingOwed = (tradeId: string) => fail('illegal_transition', `nothing is owed for trade ${tradeId}`);

/** Stop retrying, with retries already stopped. */
export const retriesStopped = (tradeId: string) => fail('illegal_transition', `retries for trade ${tradeId} are already stopped`);

/** Only one call for a pay order is on the wire at a time. */
export const onTheWire = (tradeId: string) => fail('illegal_transition', `a call for trade ${tradeId} is already on the wire`);
