import type { TradeView } from '@/app/_shared/lab-api';
import { scoped, type StoryWords, type Words } from '@/app/_shared/ui/words';
import type { BranchResource } from '@/lib/coordinator/contract';
import { globalTransactions } from '@/lib/global-tx/decide';
import type { GlobalTransactionStatus } from '@/lib/global-tx/global-transaction.machine';
import type { TradeEventOf } from '@/lib/trade/trade-events';
import type { Lane, LaneShape, ShapeAt, Tone, ViewEvent } from './lane-shapes';

/**
 * The coordinator's part of the story (V3): the TM's messages to the TC, the TC's own log, and
 * the phase-2 calls it makes to each branch. Its words are the catalog's `coordinatorView.lanes`.
 */

type TcViewEvent = Extract<ViewEvent, { source: 'tc' }>;
type V3Detail = TradeEventOf<'v3'>['detail'];

const end = (shape: LaneShape): ShapeAt[] => [{ at: 'end', shape }];
const laneOf: Record<BranchResource, Lane> = { trade: 'trade', pay: 'pay' };

function duration(t: Words, ms: number): string {
  return ms < 1000 ? t('ms', { n: Math.round(ms) }) : t('seconds', { n: (ms / 1000).toFixed(1) });
}

/** A phase-2 call's result, as the TC logs it once the branch answered (or did not). */
export const isPhaseTwoAnswer = (event: ViewEvent): event is TcViewEvent & { type: 'branch.moved' } =>
  event.source === 'tc' && event.type === 'branch.moved' && !event.detail.event.startsWith('try.');

/** A branch's resource, from the coordinator's log: whose lane its Confirm and Cancel go to. */
export function resourceOf(globals: TradeView['globals'], branchId: string): BranchResource | null {
  for (const g of globals) for (const b of g.branches) if (b.branchId === branchId) return b.resource;
  return null;
}

/** A status's tone, from the machine's own tags: parked is bad, a rollback a warning, a commit good. */
export function globalTone(status: GlobalTransactionStatus): Tone {
  const snapshot = globalTransactions.restore(status);
  if (snapshot.hasTag('parked')) return 'bad';
  if (snapshot.hasTag('rollback')) return 'warn';
  if (snapshot.hasTag('commit')) return 'ok';
  return 'info';
}

/** The trade branch's local phase, on the trade lane. */
export function branchPhaseBox(t: Words, detail: TradeEventOf<'branch.phase'>['detail']): LaneShape {
  const { phase, action, to, replay, emptyRollback } = detail;
  const row = to ? `${to.status}${to.pending ? ` · ${to.pending}` : ''}` : '—';
  const how = emptyRollback ? t('emptyRollback') : replay ? t('replayed') : '';
  return {
    kind: 'box',
    lane: 'trade',
    label: t('branchPhase', { phase, action, row, how }),
    tone: emptyRollback || replay ? 'info' : 'ok',
  };
}

/**
 * A message of the TM to the TC: the request at its start, the answer at its end — a lost one
 * broken on the hop between the two lanes, as a lost call to the provider is.
 */
export function tmMessage(words: StoryWords, d: V3Detail): ShapeAt[] {
  const t = scoped(words.t, 'lanes');
  const ct = scoped(words.t, 'coordinatorView.lanes');
  const because = d.fault ? t('because', { fault: words.faultLabel(d.fault) }) : '';
  const request = ct(`tm.${d.message}`, { xid: d.xid ?? '', resource: d.resource ? ct(`resources.${d.resource}`) : '' });
  const waited = t('timeoutAfter', { duration: duration(t, d.durationMs) });
  if (d.fault === 'rpc.request_lost')
    return [
      {
        at: 'start',
        shape: { kind: 'broken', from: 'trade', to: 'tc', label: t('requestLost', { request, because, waited }), tone: 'bad' },
      },
    ];
  if (d.fault === 'rpc.slow_provider')
    return [
      { at: 'start', shape: { kind: 'broken', from: 'trade', to: 'tc', label: t('heldUp', { request, because, waited }), tone: 'warn' } },
    ];
  const rows: ShapeAt[] = [
    {
      at: 'start',
      shape: {
        kind: 'arrow',
        from: 'trade',
        to: 'tc',
        label: d.fault === 'rpc.duplicate' ? `${request} ×2${because}` : request,
        tone: 'ink',
      },
    },
  ];
  if (d.fault === 'rpc.response_lost') {
    rows.push({ at: 'end', shape: { kind: 'broken', from: 'tc', to: 'trade', label: t('replyLost', { because }), tone: 'bad' } });
    return rows;
  }
  const answer: LaneShape =
    d.outcome === 'success'
      ? {
          kind: 'arrow',
          from: 'tc',
          to: 'trade',
          label: d.message === 'begin' ? ct('reply.begun', { xid: d.xid ?? '' }) : ct('reply.ok'),
          tone: 'ok',
        }
      : d.outcome === 'failure'
        ? { kind: 'arrow', from: 'tc', to: 'trade', label: ct('reply.refused', { why: d.why ?? '', because }), tone: 'warn' }
        : { kind: 'arrow', from: 'tc', to: 'trade', label: ct('reply.unknown', { why: d.why ?? '', because }), tone: 'bad' };
  rows.push({ at: 'end', shape: answer });
  return rows;
}

/** One event of the TC's log: a box or a note on its lane, or a phase-2 call to a branch and its answer. */
export function tcRows(words: StoryWords, event: TcViewEvent, globals: TradeView['globals']): ShapeAt[] {
  const ct = scoped(words.t, 'coordinatorView.lanes');
  const xid = event.xid ?? '';
  const box = (label: string, tone: Tone): ShapeAt[] => end({ kind: 'box', lane: 'tc', label, tone });
  switch (event.type) {
    case 'global.begun':
      return box(ct('begun', { xid, status: event.detail.status, action: event.detail.action }), 'info');
    case 'global.moved': {
      const { from, to, attempts } = event.detail;
      return box(ct('globalMoved', { xid, from, to, attempts: attempts > 0 ? ct('attempts', { n: attempts }) : '' }), globalTone(to));
    }
    case 'branch.registered': {
      const { branchId, status } = event.detail;
      return box(ct('registered', { branchId, resource: ct(`resources.${event.detail.resource}`), status }), 'neutral');
    }
    case 'branch.moved': {
      const { branchId, event: move, to } = event.detail;
      const owner = resourceOf(globals, branchId);
      const whose = owner ? ct(`resources.${owner}`) : '?';
      const settled = move.endsWith('.succeeded');
      if (move.startsWith('try.') || !owner) return box(ct('branchMoved', { branchId, resource: whose, to }), settled ? 'ok' : 'warn');
      const phase = move.slice(0, move.indexOf('.'));
      const lane = laneOf[owner];
      return [
        {
          at: 'start',
          shape: { kind: 'arrow', from: 'tc', to: lane, label: ct('phaseTwo', { phase, branchId, resource: whose, xid }), tone: 'ink' },
        },
        {
          at: 'end',
          shape: {
            kind: 'arrow',
            from: lane,
            to: 'tc',
            label: ct(settled ? 'phaseTwoDone' : 'phaseTwoFailed', { to }),
            tone: settled ? 'ok' : 'warn',
          },
        },
      ];
    }
    case 'tc.crashed':
      return end({ kind: 'note', lane: 'tc', label: ct('crashed', { point: ct(`points.${event.detail.point}`) }), tone: 'bad' });
    case 'tc.restarted':
      return end({ kind: 'note', lane: 'tc', label: ct('restarted', { n: event.detail.inFlight }), tone: 'warn' });
  }
}
