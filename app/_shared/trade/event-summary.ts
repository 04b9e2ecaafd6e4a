import type { LabEvent } from '@/app/_shared/lab-api';
import { scoped, type StoryWords } from '@/app/_shared/ui/words';

const money = (cents: number) => (cents / 100).toFixed(2);

/**
 * One line a person can read: "t-3 try → unknown (Response lost)". Faults are named by their
 * catalog label, the words on the switches.
 */
export function summarizeEvent(event: LabEvent, words: StoryWords): string {
  const t = scoped(words.t, 'events');
  const who = event.tradeId ?? t('lab');
  switch (event.type) {
    case 'transition': {
      const d = event.detail;
      const owed = d.owed ? t('owes', { op: d.owed }) : '';
      if (d.from === null) return t('created', { who, to: d.to, owed });
      if (d.from === d.to) return t('same', { who, from: d.from, event: d.event, owed });
      return t('moved', { who, from: d.from, to: d.to, event: d.event });
    }
    case 'rpc': {
      const { op, attempt, outcome, fault } = event.detail;
      // V1 keeps no attempt count: its retry is a re-drive from the local row.
      const again = attempt === 'redrive' ? t('redrive') : attempt > 1 ? ` #${attempt}` : '';
      const code = outcome.kind === 'failure' ? ` ${outcome.code}` : '';
      return `${who} ${op}${again} → ${outcome.kind}${code}${fault ? t('fault', { fault: words.faultLabel(fault) }) : ''}`;
    }
    case 'fault': {
      const { stage } = event.detail;
      return t('faultEvent', { who, fault: words.faultLabel(event.detail.fault), stage: stage ? ` · ${stage}` : '' });
    }
    case 'rpc.late': {
      const reply = event.detail.providerReply;
      return t('late', { who, op: event.detail.op, reply: reply?.status ? t('lateReply', { status: reply.status }) : '' });
    }
    case 'result.ignored':
      return t('ignored', { who, op: event.detail.op, outcome: event.detail.outcome });
    case 'recovery': {
      const d = event.detail;
      if (d.kind === 'stopped') return t('stopped', { who });
      if (d.kind === 'not-repairable') return t('notRepairable', { who, op: d.op, why: d.why });
      return t('sweep', { attempted: String(d.attempted), converged: String(d.converged) });
    }
    case 'v1': {
      const { op, decision, why } = event.detail;
      return `${who} V1 ${op} → ${decision}${why ? ` · ${why}` : ''}`;
    }
    case 'branch.phase': {
      const { phase, action, xid, to, replay, emptyRollback } = event.detail;
      const row = to ? `${to.status}${to.pending ? t('pending', { op: to.pending }) : ''}` : '—';
      const how = emptyRollback ? t('emptyRollback') : replay ? t('replayed') : '';
      return t('branchPhase', { who, phase, action, xid, row, how });
    }
    case 'branch.try.refused':
      return t('hangingRefused', { who, action: event.detail.action, xid: event.detail.xid });
    case 'v3': {
      const { message, resource, outcome, why } = event.detail;
      return t('v3Message', { who, message, resource: resource ? ` (${resource})` : '', outcome, why: why ? ` · ${why}` : '' });
    }
    case 'trade':
      return t('tradeAction', { who, action: event.detail.action });
    case 'reconcile':
      return t('reconcile', { who, amount: money(event.detail.released) });
    case 'lab.reset':
      return t('reset');
  }
}
