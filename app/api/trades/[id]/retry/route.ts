import { retryNow } from '@/lib/recovery/manual';
import { tradeAction } from '../trade-action';

/** Retry now: send what is owed at once, even if parked or not yet due. */
export const POST = tradeAction((lab, id) => retryNow(lab.trade, id));
