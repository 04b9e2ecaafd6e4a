import type { LabEvent } from '@/app/_shared/lab-api';

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const money = (cents: unknown) => (typeof cents === 'number' ? (cents / 100).toFixed(2) : '');

/**
 * One line a person can read: "t-3 try → unknown (Response lost)". Faults are named by their
 * catalog label, the words on the switches.
 */
export function summarizeEvent(event: LabEvent, faultLabel: (id: string) => string): string {
  const d = event.detail;
  const who = event.tradeId ?? 'lab';
  const fault = d.fault ? ` (${faultLabel(text(d.fault))})` : '';
  switch (event.type) {
    case 'transition': {
      const owed = d.owed ? ` (owes ${text(d.owed)})` : '';
      if (d.from === null) return `${who} created · mirror ${text(d.to)}${owed}`;
      if (d.from === d.to) return `${who} mirror ${text(d.from)} ↺ · ${text(d.event)}${owed}`;
      return `${who} mirror ${text(d.from)} → ${text(d.to)} · ${text(d.event)}`;
    }
    case 'rpc': {
      const outcome = (d.outcome ?? {}) as { kind?: string; code?: string };
      // V1 keeps no attempt count: its retry is a re-drive from the local row.
      const attempt = d.attempt === 'redrive' ? ' (re-drive)' : Number(d.attempt) > 1 ? ` #${text(d.attempt)}` : '';
      const code = outcome.kind === 'failure' && outcome.code ? ` ${outcome.code}` : '';
      return `${who} ${text(d.op)}${attempt} → ${outcome.kind ?? '?'}${code}${fault}`;
    }
    case 'fault':
      return `${who} fault: ${faultLabel(text(d.fault))}${d.stage ? ` · ${text(d.stage)}` : ''}`;
    case 'rpc.late': {
      const reply = d.providerReply as { status?: number } | null;
      return `${who} late ${text(d.op)} reached the provider${reply?.status ? ` → HTTP ${reply.status}` : ''}`;
    }
    case 'result.ignored':
      return `${who} ${text(d.op)} result (${text(d.outcome)}) ignored: already settled`;
    case 'recovery':
      if (d.kind === 'stopped') return `${who} retries stopped by hand`;
      if (d.kind === 'not-repairable') return `${who} V1 ${text(d.op)} not repairable by retry: ${text(d.why)}`;
      return `recovery sweep · ${text(d.attempted)} re-sent, ${text(d.converged)} converged`;
    case 'v1':
      return `${who} V1 ${text(d.op)} → ${text(d.decision)}${d.why ? ` · ${text(d.why)}` : ''}`;
    case 'trade':
      return `${who} trade ${text(d.action)}`;
    case 'reconcile':
      return `${who} reconcile cancelled the orphan pay order · released ${money(d.released)}`;
    case 'lab.reset':
      return 'lab reset · both databases emptied';
    default:
      return `${who} ${event.type}`;
  }
}
