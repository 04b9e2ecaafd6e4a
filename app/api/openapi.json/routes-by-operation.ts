import { jsonRequest, params } from '@/lib/testing/route-harness';
import * as barePay from '../bench/bare-pay/route';
import * as bare from '../bench/bare/route';
import * as chaos from '../chaos/run/route';
import * as consistency from '../consistency/route';
import * as events from '../events/route';
import * as explore from '../explore/run/route';
import * as schedule from '../explore/schedules/[id]/route';
import * as fault from '../faults/[id]/route';
import * as faults from '../faults/route';
import * as matrix from '../matrix/run/route';
import * as pay from '../pay/[op]/route';
import * as reconcile from '../reconcile/route';
import * as recovery from '../recovery/run/route';
import * as reset from '../reset/route';
import * as settings from '../settings/route';
import * as tcEndpoint from '../tc/[endpoint]/route';
import * as tcRestart from '../tc/restart/route';
import * as tcLog from '../tc/route';
import * as tradeBranch from '../trade/[endpoint]/route';
import * as cancel from '../trades/[id]/cancel/route';
import * as confirm from '../trades/[id]/confirm/route';
import * as retry from '../trades/[id]/retry/route';
import * as trade from '../trades/[id]/route';
import * as stop from '../trades/[id]/stop-retrying/route';
import * as trades from '../trades/route';
import * as wireOne from '../wire/[id]/route';
import * as wire from '../wire/route';
import * as doc from './route';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const h = (handler: unknown) => handler as Handler;

/** For the document's tests: each operation's real handler, and the path params it is called with by default. */
const table: Record<string, { handler: Handler; params?: Record<string, string> }> = {
  createTrade: { handler: h(trades.POST) },
  listTrades: { handler: h(trades.GET) },
  getTrade: { handler: h(trade.GET), params: { id: 't-1' } },
  deleteTrade: { handler: h(trade.DELETE), params: { id: 't-1' } },
  confirmTrade: { handler: h(confirm.POST), params: { id: 't-1' } },
  cancelTrade: { handler: h(cancel.POST), params: { id: 't-1' } },
  retryTrade: { handler: h(retry.POST), params: { id: 't-1' } },
  stopRetrying: { handler: h(stop.POST), params: { id: 't-1' } },
  getApiDocument: { handler: h(doc.GET) },
  listFaults: { handler: h(faults.GET) },
  setFault: { handler: h(fault.PUT), params: { id: 'rpc.duplicate' } },
  getSettings: { handler: h(settings.GET) },
  updateSettings: { handler: h(settings.PUT) },
  resetLab: { handler: h(reset.POST) },
  getConsistency: { handler: h(consistency.GET) },
  runRecovery: { handler: h(recovery.POST) },
  reconcile: { handler: h(reconcile.POST) },
  streamEvents: { handler: h(events.GET) },
  getWire: { handler: h(wire.GET) },
  actOnWire: { handler: h(wireOne.POST), params: { id: 'w-1' } },
  runMatrix: { handler: h(matrix.POST) },
  runChaos: { handler: h(chaos.POST) },
  getChaosProgress: { handler: h(chaos.GET) },
  runExplore: { handler: h(explore.POST) },
  getExploreProgress: { handler: h(explore.GET) },
  replaySchedule: { handler: h(schedule.GET), params: { id: 'v1.on.create.d0' } },
  payTry: { handler: h(pay.POST), params: { op: 'try' } },
  payConfirm: { handler: h(pay.POST), params: { op: 'confirm' } },
  payCancel: { handler: h(pay.POST), params: { op: 'cancel' } },
  payQuery: { handler: h(pay.POST), params: { op: 'query' } },
  payBranchTry: { handler: h(pay.POST), params: { op: 'branch-try' } },
  payBranchConfirm: { handler: h(pay.POST), params: { op: 'branch-confirm' } },
  payBranchCancel: { handler: h(pay.POST), params: { op: 'branch-cancel' } },
  tcBegin: { handler: h(tcEndpoint.POST), params: { endpoint: 'begin' } },
  tcRegister: { handler: h(tcEndpoint.POST), params: { endpoint: 'register' } },
  tcCommit: { handler: h(tcEndpoint.POST), params: { endpoint: 'commit' } },
  tcRollback: { handler: h(tcEndpoint.POST), params: { endpoint: 'rollback' } },
  tcQuery: { handler: h(tcEndpoint.POST), params: { endpoint: 'query' } },
  restartTc: { handler: h(tcRestart.POST) },
  getTcLog: { handler: h(tcLog.GET) },
  tradeBranchConfirm: { handler: h(tradeBranch.POST), params: { endpoint: 'branch-confirm' } },
  tradeBranchCancel: { handler: h(tradeBranch.POST), params: { endpoint: 'branch-cancel' } },
  benchBare: { handler: h(bare.POST) },
  benchBarePay: { handler: h(barePay.POST) },
};

export interface Call {
  body?: unknown;
  headers?: Record<string, string>;
  params?: Record<string, string>;
  query?: string;
  request?: (url: string, method: string) => Request;
}

/** Calls operation `operationId` (of `op`, its path and method in the registry) through its real handler. */
export function callOperation(op: { operationId: string; path: string; method: string }, call: Call = {}): Promise<Response> {
  const entry = table[op.operationId];
  if (!entry) throw new Error(`no handler for ${op.operationId}`);
  const values = { ...entry.params, ...call.params };
  const url = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? '')) + (call.query ?? '');
  const method = op.method.toUpperCase();
  const req = call.request ? call.request(url, method) : jsonRequest(url, method, call.body, call.headers);
  return entry.handler(req, params(values));
}
