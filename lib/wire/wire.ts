import type { Clock } from '@/lib/clock/clock';
import { fail, ok, type Result } from '@/lib/errors/lab-error';
import type { FaultId } from '@/lib/faults/catalog';
import type { FaultPoint } from '@/lib/faults/fault-injector';
import type { Operation } from '@/lib/pay-order/pay-order.machine';
import type { CallContext, CallPlan, Caller, HeldMessage } from '@/lib/rpc/client';
import type { Destination } from '@/lib/rpc/transport';
import { callActions, type WireAction } from './wire-actions';

/** One message held on the wire, or one local step held before (or after) its commit, as the page shows it. */
export interface HeldView {
  id: string;
  kind: 'call' | 'local';
  /** A call's sender and receiver (V3's coordinator sends and receives too); a local step is the trade service's own. */
  from: Caller;
  to: Destination | null;
  op: FaultPoint['op'];
  payOrderId: string;
  tradeId: string | null;
  /** Which attempt of the owed operation a call is. */
  attempt: number | 'redrive' | null;
  /** For a local step: the fault its Fail or Crash is. */
  fault: FaultId | null;
  heldAt: number;
  /** When the caller gives up waiting; null once it has (the message is then late) and for local steps. */
  timeoutAt: number | null;
  /** The caller gave up: delivering it now is a late delivery. */
  late: boolean;
  actions: WireAction[];
}

/** Why an action on a held message is refused: nothing of that id waits, or it cannot be done now. */
export type WireCode = 'not_found' | 'illegal_transition';

/** GET /api/wire, and the stream's `wire` event: whether step mode is on, and what waits. */
export interface WireSnapshot {
  stepMode: boolean;
  holdLocalSteps: boolean;
  /** The server's clock, so a page counts a caller's timeout down from the same time. */
  now: number;
  held: HeldView[];
}

interface Held {
  view: HeldView;
  decide(action: WireAction): void;
}

const lateActions: WireAction[] = ['deliver', 'lose-request'];

/**
 * Step mode's wire: the calls the trade service makes (from a flow, a retry or recovery) and,
 * if asked, its local steps, each waiting here for a person's decision. Held messages live on
 * the server, so a reload shows them again.
 */
export class Wire {
  private readonly held = new Map<string, Held>();
  private nextId = 1;

  constructor(
    private readonly clock: Clock,
    private readonly changed: () => void = () => {},
  ) {}

  list(): HeldView[] {
    return [...this.held.values()].map((h) => h.view);
  }

  /**
   * A call waits for its plan. Left past the caller's timeout it stays on the wire, the caller's
   * result unknown, as a slow network would leave it; a Deliver then is a late delivery.
   */
  holdCall(message: HeldMessage, timeoutMs: number, context: CallContext): Promise<CallPlan> {
    return new Promise((resolve) => {
      const id = `w-${this.nextId++}`;
      const heldAt = this.clock.now();
      const view: HeldView = {
        id,
        kind: 'call',
        from: message.from,
        to: message.to,
        op: message.op,
        payOrderId: message.payOrderId,
        tradeId: context.tradeId ?? message.tradeId,
        attempt: context.attempt ?? null,
        fault: null,
        heldAt,
        timeoutAt: heldAt + timeoutMs,
        late: false,
        // Only the provider refuses as a business failure: the coordinator and phase 2 cannot be "rejected".
        actions: callActions.filter((a) => a !== 'reject' || message.rejectable),
      };
      const plan = (p: Partial<CallPlan>): CallPlan => ({ path: 'deliver', duplicate: false, loseReply: false, byHand: true, ...p });
      /** From now on the message is late: it lands (or is lost) when the person says. */
      const goLate = (heldPastTimeout: boolean) => {
        let land!: (delivered: boolean) => void;
        const lateDelivery = new Promise<boolean>((r) => (land = r));
        this.put({
          view: { ...view, late: true, timeoutAt: null, actions: lateActions },
          decide: (action) => {
            this.remove(id);
            land(action === 'deliver');
          },
        });
        resolve(plan({ path: 'late', lateDelivery, heldPastTimeout }));
      };
      const cancelTimeout = this.clock.after(timeoutMs, () => goLate(true));
      this.put({
        view,
        decide: (action) => {
          cancelTimeout();
          if (action === 'deliver-late') return goLate(false);
          this.remove(id);
          if (action === 'lose-request') resolve(plan({ path: 'lose-request' }));
          else if (action === 'reject') resolve(plan({ path: 'reject' }));
          else resolve(plan({ duplicate: action === 'duplicate', loseReply: action === 'lose-reply' }));
        },
      });
    });
  }

  /** A local step waits: Commit lets it go on; Fail (before a commit) or Crash (after one) is its fault. */
  holdLocal(fault: FaultId, at: FaultPoint & { op: Operation; tradeId: string | null }): Promise<boolean> {
    return new Promise((resolve) => {
      const id = `w-${this.nextId++}`;
      const view: HeldView = {
        id,
        kind: 'local',
        from: 'trade',
        to: null,
        op: at.op,
        payOrderId: at.payOrderId,
        tradeId: at.tradeId,
        attempt: null,
        fault,
        heldAt: this.clock.now(),
        timeoutAt: null,
        late: false,
        actions: fault === 'local.crash_after_commit' ? ['commit', 'crash'] : ['commit', 'fail'],
      };
      this.put({
        view,
        decide: (action) => {
          this.remove(id);
          resolve(action !== 'commit');
        },
      });
    });
  }

  /** POST /api/wire/:id — what the person does with one held message. */
  act(id: string, action: WireAction): Result<{ id: string; action: WireAction }, WireCode> {
    const held = this.held.get(id);
    if (!held) return fail('not_found', `nothing ${id} is on the wire (it may have been acted on already)`);
    if (!held.view.actions.includes(action)) {
      return fail('illegal_transition', `${id} cannot be "${action}" now; it can be ${held.view.actions.join(', ')}`);
    }
    held.decide(action);
    return ok({ id, action });
  }

  /** Step mode switched off: whatever is waiting is delivered (a local step commits). */
  releaseAll(): void {
    for (const held of [...this.held.values()]) held.decide(held.view.kind === 'local' ? 'commit' : 'deliver');
  }

  /** Local steps are no longer held: each waiting one commits. */
  releaseLocal(): void {
    for (const held of [...this.held.values()]) if (held.view.kind === 'local') held.decide('commit');
  }

  /** The lab is reset: nothing held may land in the emptied databases. */
  dropAll(): void {
    for (const held of [...this.held.values()]) held.decide(held.view.kind === 'local' ? 'fail' : 'lose-request');
  }

  private put(held: Held): void {
    this.held.set(held.view.id, held);
    this.changed();
  }

  private remove(id: string): void {
    this.held.delete(id);
    this.changed();
  }
}
