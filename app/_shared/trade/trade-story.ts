import type { TradeView } from '@/app/_shared/lab-api';
import { scoped, type StoryWords, type Words } from '@/app/_shared/ui/words';
import { isOperation } from '@/lib/pay-order/pay-order.machine';
import { cardOf } from '@/lib/strategies/catalog';

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
  const faults: string[] = [];
  let retried = false;
  for (const e of trade.events) {
    const d = e.detail;
    if (typeof d.fault === 'string' && !faults.includes(d.fault)) faults.push(d.fault);
    if (e.type === 'rpc' && (d.attempt === 'redrive' || Number(d.attempt) > 1)) retried = true;
    if (e.type === 'transition' && typeof d.event === 'string' && d.event.endsWith('.requested')) {
      const op = typeof d.op === 'string' ? d.op : d.event.slice(0, -'.requested'.length);
      if (!ops.includes(op)) ops.push(op);
    }
    // A strategy that records no request before its call: the call says what was asked.
    const called = String(d.op);
    const asked = e.type === 'rpc' && isOperation(called) ? card.askedByCall(called) : null;
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
