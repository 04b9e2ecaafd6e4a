import { stopRetrying } from '@/lib/recovery/manual';
import { tradeAction } from '../trade-action';

/** Stop retrying: park the order as needing attention. */
export const POST = tradeAction((lab, id) => stopRetrying(lab.trade, id));
