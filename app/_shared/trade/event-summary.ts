import type { LabEvent } from '@/app/_shared/lab-api';
import { scoped, type StoryWords } from '@/app/_shared/ui/words';

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const money = (cents: unknown) => (typeof cents === 'number' ? (cents / 100).toFixed(2) : '');

/**
 * One line a person can read: "t-3 try → unknown (Response lost)". Faults are named by their
 * catalog label, the words on the switches.
 */
export function summarizeEvent(event: LabEvent, words: StoryWords): string {
  const t = scoped(words.t, 'events');
  const d = event.detail;
  const who = event.tradeId ?? t('lab');
  const fault = d.fault ? t('fault', { fault: words.faultLabel(text(d.fault)) }) : '';
  switch (event.type) {
    case 'transition': {
      const owed = d.owed ? t('owes', { op: text(d.owed) }) : '';
      if (d.from === null) return t('created', { who, to: text(d.to), owed });
      if (d.from === d.to) return t('same', { who, from: text(d.from), event: text(d.event), owed });
      return t('moved', { who, from: text(d.from), to: text(d.to), event: text(d.event) });
    }
    case 'rpc': {
      const outcome = (d.outcome ?? {}) as { kind?: string; code?: string };
      // V1 keeps no attempt count: its retry is a re-drive from the local row.
      const attempt = d.attempt === 'redrive' ? t('redrive') : Number(d.attempt) > 1 ? ` #${text(d.attempt)}` : '';
      const code = outcome.kind === 'failure' && outcome.code ? ` ${outcome.code}` : '';
      return `${who} ${text(d.op)}${attempt} → ${outcome.kind ?? '?'}${code}${fault}`;
    }
    case 'fault':
      return t('faultEvent', { who, fault: words.faultLabel(text(d.fault)), stage: d.stage ? ` · ${text(d.stage)}` : '' });
    case 'rpc.late': {
      const reply = d.providerReply as { status?: number } | null;
      return t('late', { who, op: text(d.op), reply: reply?.status ? t('lateReply', { status: reply.status }) : '' });
    }
    case 'result.ignored':
      return t('ignored', { who, op: text(d.op), outcome: text(d.outcome) });
    case 'recovery':
      if (d.kind === 'stopped') return t('stopped', { who });
      if (d.kind === 'not-repairable') return t('notRepairable', { who, op: text(d.op), why: text(d.why) });
      return t('sweep', { attempted: text(d.attempted), converged: text(d.converged) });
    case 'v1':
      return `${who} V1 ${text(d.op)} → ${text(d.decision)}${d.why ? ` · ${text(d.why)}` : ''}`;
    case 'trade':
      return t('tradeAction', { who, action: text(d.action) });
    case 'reconcile':
      return t('reconcile', { who, amount: money(d.released) });
    case 'lab.reset':
      return t('reset');
    default:
      return `${who} ${event.type}`;
  }
}
