import { openGlobalsByTrade, type OpenGlobal } from '@/lib/coordinator/tc-reads';
import { tradeSummary } from '@/lib/consistency/trade-summary';
import type { Verdict } from '@/lib/consistency/quadrant';
import type { AuditSources } from '@/lib/consistency/audit';
import { findPayOrder } from '@/lib/pay/pay-context';
import { listAccounts, payEventsAfter } from '@/lib/pay/query';
import { eventsAfter } from '@/lib/trade/event-log';
import { findMirrorByTrade } from '@/lib/trade/mirror-store';
import { findRequest } from '@/lib/trade/request-log';
import { findTrade } from '@/lib/trade/trade-rows';
import { payOrderIdFor } from '@/lib/trade/ids';

/** One point of the run's picture: where every trade made so far stands, and the money frozen. */
export interface TimelineSample {
  /** Milliseconds since the run began: virtual in a simulated run, wall-clock over the real hop. */
  at: number;
  made: number;
  consistent: number;
  converging: number;
  stuck: number;
  frozenCents: number;
}

/** The run as Jepsen's bank test draws one: the trades' verdicts and the frozen money over time, the fault window, the sweeps. */
export interface ChaosTimeline {
  clock: 'virtual' | 'wall';
  samples: TimelineSample[];
  /** While the chosen faults could fire. */
  faultWindow: { from: number; to: number };
  /** When each recovery sweep that found something owed began. */
  sweeps: number[];
  reconciledAt: number | null;
}

const verdictCode: Record<Verdict, number> = { consistent: 1, converging: 2, stuck: 3 };
const verdictOfCode: (Verdict | null)[] = [null, 'consistent', 'converging', 'stuck'];
const page = 5_000;

/**
 * Follows a run as it goes: at each sample it reads only the trades whose rows changed since
 * the last one (the ids the two services' events name), keeps each trade's verdict in one byte,
 * and counts. A million-trade run costs a megabyte here, not a copy of both databases.
 */
export function followRun(sources: AuditSources, clock: ChaosTimeline['clock']) {
  const began = sources.now();
  const at = () => sources.now() - began;
  let verdicts = new Uint8Array(1 << 12);
  const counts = { consistent: 0, converging: 0, stuck: 0 };
  let made = 0;
  let tradeCursor = 0;
  let payCursor = 0;
  const timeline: ChaosTimeline = { clock, samples: [], faultWindow: { from: 0, to: 0 }, sweeps: [], reconciledAt: null };

  const touched = (): Set<string> => {
    const ids = new Set<string>();
    for (let rows = eventsAfter(sources.tradeDb, tradeCursor, page); rows.length; rows = eventsAfter(sources.tradeDb, tradeCursor, page)) {
      for (const row of rows) if (row.tradeId) ids.add(row.tradeId);
      tradeCursor = rows.at(-1)!.id;
    }
    for (let rows = payEventsAfter(sources.payDb, payCursor, page); rows.length; rows = payEventsAfter(sources.payDb, payCursor, page)) {
      for (const row of rows) if (row.tradeId) ids.add(row.tradeId);
      payCursor = rows.at(-1)!.id;
    }
    return ids;
  };

  const reassess = (tradeId: string, open: Map<string, OpenGlobal>) => {
    const request = findRequest(sources.tradeDb, tradeId);
    if (!request) return;
    const verdict = tradeSummary(
      request,
      findTrade(sources.tradeDb, tradeId),
      findMirrorByTrade(sources.tradeDb, tradeId),
      findPayOrder(sources.payDb, payOrderIdFor(tradeId)) ?? null,
      open.get(tradeId) ?? null,
    ).verdict;
    while (request.id >= verdicts.length) {
      const grown = new Uint8Array(verdicts.length * 2);
      grown.set(verdicts);
      verdicts = grown;
    }
    const before = verdictOfCode[verdicts[request.id]!];
    if (before) counts[before] -= 1;
    else made += 1;
    counts[verdict] += 1;
    verdicts[request.id] = verdictCode[verdict];
  };

  return {
    timeline,
    sample(): void {
      // The coordinator's open transactions are few: read once per sample, not once per trade.
      const open = openGlobalsByTrade(sources.tcDb);
      for (const tradeId of touched()) reassess(tradeId, open);
      const frozenCents = listAccounts(sources.payDb).reduce((sum, a) => sum + a.frozenCents, 0);
      timeline.samples.push({ at: at(), made, ...counts, frozenCents });
    },
    now: at,
    swept: (began: number) => timeline.sweeps.push(began),
    faultsStopped: () => (timeline.faultWindow.to = at()),
    reconciled: () => (timeline.reconciledAt = at()),
  };
}
