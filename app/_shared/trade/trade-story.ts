import type { TradeView } from '@/app/_shared/lab-api';
import { scoped, type StoryWords, type Words } from '@/app/_shared/ui/words';
import type { FaultId } from '@/lib/faults/catalog';
import { cardOf } from '@/lib/strategies/catalog';
import { faultOf, requestIn } from '@/lib/trade/trade-events';

/** What the caller says about the payment: the mirror (V2), else the trade row (V1). */
function callerState(t: Words, trade: TradeView): string {
  if (trade.mirror) return trade.mirror.owed ? t('owes', { state: trade.mirror.state, op: trade.mirror.owed }) : trade.mirror.state;
  return trade.trade ? t('tradeStatus', { status: trade.trade.status }) : t('noTrade');
}

/**
 * The trade in one line: what was asked under which faults, how it went, and where the two
 * sides stand now — `create under "Response lost" → repaired by retry · both · now consistent
 * (trySuccess ↔ trySuccess) · 7 events`.
 */
export function tradeStory(trade: TradeView, words: StoryWords): string {
  const t = scoped(words.t, 'story');
  const card = cardOf(trade.strategy);
  const ops: string[] = ['create'];
  const faults: FaultId[] = [];
  let retried = false;
  for (const e of trade.events) {
    if (e.source !== 'trade') continue;
    const fault = faultOf(e);
    if (fault && !faults.includes(fault)) faults.push(fault);
    if (e.type === 'rpc' && (e.detail.attempt === 'redrive' || e.detail.attempt > 1)) retried = true;
    const request = requestIn(e);
    if (request && !ops.includes(request.op)) ops.push(request.op);
    // A strategy that records no request before its call: the call says what was asked.
    const asked = e.type === 'rpc' ? card.askedByCall(e.detail.op) : null;
    if (asked && !ops.includes(asked)) ops.push(asked);
  }
  const under = faults.length
    ? t('under', { faults: faults.map((f) => t('quoted', { fault: words.faultLabel(f) })).join(', ') })
    : t('noFault');
  const course =
    trade.verdict === 'consistent' ? (retried ? 'repaired' : 'settled') : trade.verdict === 'converging' ? 'retrying' : 'stuck';
  return t('line', {
    ops: ops.join(', '),
    under,
    course: t(course),
    quadrant: words.t(`quadrants.${trade.quadrant}`),
    verdict: words.t(`verdicts.${trade.verdict}`),
    caller: callerState(t, trade),
    provider: trade.provider?.state ?? t('noPayOrder'),
    events: trade.events.length,
  });
}
