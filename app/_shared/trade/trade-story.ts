import type { TradeView } from '@/app/_shared/lab-api';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const v1Asked: Record<string, string> = { try: 'create', confirm: 'confirm', cancel: 'delete' };

/** What the caller says about the payment: the mirror (V2), else the trade row (V1). */
function callerState(trade: TradeView): string {
  if (trade.mirror) return `${trade.mirror.state}${trade.mirror.owed ? `, owes ${trade.mirror.owed}` : ''}`;
  return trade.trade ? `trade ${trade.trade.status}` : 'no trade';
}

/**
 * The trade in one line: what was asked under which faults, how it went, and where the two
 * sides stand now — `create under "Response lost" → repaired by retry · both · now consistent
 * (trySuccess ↔ trySuccess) · 7 events`.
 */
export function tradeStory(trade: TradeView, faultLabel: (id: string) => string): string {
  const ops = ['create'];
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
    // V1 keeps no mirror to record a request on: its calls say what was asked.
    const v1Op = trade.strategy === 'v1' && e.type === 'rpc' ? v1Asked[String(d.op)] : undefined;
    if (v1Op && !ops.includes(v1Op)) ops.push(v1Op);
  }
  const under = faults.length ? ` under ${faults.map((f) => `"${faultLabel(f)}"`).join(', ')}` : ' with no fault';
  const course =
    trade.verdict === 'consistent' ? (retried ? 'repaired by retry' : 'settled') : trade.verdict === 'converging' ? 'retrying' : 'stuck';
  const provider = trade.provider?.state ?? 'no pay order';
  return `${ops.join(', ')}${under} → ${course} · ${trade.quadrant} · now ${trade.verdict} (${callerState(trade)} ↔ ${provider}) · ${plural(trade.events.length, 'event')}`;
}
