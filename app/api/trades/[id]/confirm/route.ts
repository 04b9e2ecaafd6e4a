import { modifyTrade } from '@/lib/trade/modify-trade';
import { tradeAction } from '../trade-action';

export const POST = tradeAction((lab, id) => modifyTrade(lab.trade, id, 'confirm'));
