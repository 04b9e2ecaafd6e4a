import { tccFenceLog as payFenceLog } from '@/db/pay/schema';
import { readFenceLog } from '@/db/tcc-fence-log';
import { tccFenceLog as tradeFenceLog } from '@/db/trade/schema';
import type { AuditSources } from './audit';

/**
 * Atomicity as the branches' owners themselves record it (TLA+'s TCConsistent: never one
 * resource manager committed and another aborted): the global transactions one of whose
 * branches committed while another rolled back, read from trade.db's and pay.db's fence logs.
 * A branch the fence was off for keeps no row, and cannot be judged here.
 */
export function splitGlobals(sources: Pick<AuditSources, 'tradeDb' | 'payDb'>): string[] {
  const ends = new Map<string, Set<'committed' | 'rolled back'>>();
  for (const row of [...readFenceLog(sources.tradeDb, tradeFenceLog), ...readFenceLog(sources.payDb, payFenceLog)]) {
    if (row.status === 'tried') continue;
    const seen = ends.get(row.xid) ?? new Set();
    seen.add(row.status === 'committed' ? 'committed' : 'rolled back');
    ends.set(row.xid, seen);
  }
  return [...ends].filter(([, seen]) => seen.size > 1).map(([xid]) => xid);
}
