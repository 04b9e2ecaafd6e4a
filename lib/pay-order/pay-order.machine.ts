import { assign, setup } from 'xstate';

/** The three TCC operations a pay order can owe the provider. */
export const operations = ['try', 'confirm', 'cancel'] as const;
export type Operation = (typeof operations)[number];
export const isOperation = (name: string): name is Operation => (operations as readonly string[]).includes(name);

export const payOrderStates = ['init', 'trySuccess', 'confirmed', 'cancelled', 'unknown'] as const;
export type PayOrderState = (typeof payOrderStates)[number];
export const isPayOrderState = (name: string): name is PayOrderState => (payOrderStates as readonly string[]).includes(name);

/**
 * The states the provider stores: its pay order exists from the first reservation (so never
 * `init`), and the provider always knows its own state (so never `unknown`).
 */
export const providerStates = ['trySuccess', 'confirmed', 'cancelled'] as const satisfies readonly PayOrderState[];
export type ProviderState = (typeof providerStates)[number];
export const isProviderState = (name: string): name is ProviderState => (providerStates as readonly string[]).includes(name);

export interface PayOrderContext {
  /** The operation the caller still owes the provider; null when nothing is owed. */
  owed: Operation | null;
}

/**
 * Events say what happened. Only a definite result (`*.succeeded`, `*.failed`) moves the
 * state; `call.unknown` records that the owed operation's outcome is not known. Listed as
 * values too: the trade service's event log stores them, and checks them on every read.
 */
export const payOrderEventTypes = [
  'try.succeeded',
  'try.failed',
  'confirm.requested',
  'confirm.succeeded',
  'confirm.failed',
  'cancel.requested',
  'cancel.succeeded',
  'call.unknown',
] as const;

export type PayOrderEventType = (typeof payOrderEventTypes)[number];

/** Events carry no data: one object type per event. */
export type PayOrderEvent = { [T in PayOrderEventType]: { type: T } }[PayOrderEventType];

export const payOrderMachine = setup({
  types: {
    context: {} as PayOrderContext,
    events: {} as PayOrderEvent,
  },
  guards: {
    owes: ({ context }, params: { op: Operation }) => context.owed === params.op,
    owesSomething: ({ context }) => context.owed !== null,
    owesNothing: ({ context }) => context.owed === null,
  },
  actions: {
    settle: assign({ owed: null }),
    oweConfirm: assign({ owed: 'confirm' as const }),
    oweCancel: assign({ owed: 'cancel' as const }),
  },
}).createMachine({
  id: 'payOrder',
  initial: 'init',
  context: { owed: 'try' },
  states: {
    init: {
      description: 'The intent is committed locally; the try is owed and has no definite answer yet.',
      on: {
        'try.succeeded': { target: 'trySuccess', guard: { type: 'owes', params: { op: 'try' } }, actions: 'settle' },
        'try.failed': { target: 'cancelled', guard: { type: 'owes', params: { op: 'try' } }, actions: 'settle' },
        // TCC: a cancel may overtake a try the provider has perhaps never seen (empty rollback).
        'cancel.requested': { guard: { type: 'owes', params: { op: 'try' } }, actions: 'oweCancel' },
        'cancel.succeeded': { target: 'cancelled', guard: { type: 'owes', params: { op: 'cancel' } }, actions: 'settle' },
        'call.unknown': { target: 'unknown', guard: 'owesSomething' },
      },
    },
    trySuccess: {
      description: 'The provider reserved the amount; confirm consumes it, cancel releases it.',
      on: {
        'confirm.requested': { guard: 'owesNothing', actions: 'oweConfirm' },
        'cancel.requested': { guard: 'owesNothing', actions: 'oweCancel' },
        'confirm.succeeded': { target: 'confirmed', guard: { type: 'owes', params: { op: 'confirm' } }, actions: 'settle' },
        // A definite refusal changed nothing at the provider: the reservation stands.
        'confirm.failed': { guard: { type: 'owes', params: { op: 'confirm' } }, actions: 'settle' },
        'cancel.succeeded': { target: 'cancelled', guard: { type: 'owes', params: { op: 'cancel' } }, actions: 'settle' },
        'call.unknown': { target: 'unknown', guard: 'owesSomething' },
      },
    },
    unknown: {
      description: 'The owed call got no definite answer (timeout, lost reply, 5xx); retry it with the same key.',
      on: {
        'try.succeeded': { target: 'trySuccess', guard: { type: 'owes', params: { op: 'try' } }, actions: 'settle' },
        'try.failed': { target: 'cancelled', guard: { type: 'owes', params: { op: 'try' } }, actions: 'settle' },
        'confirm.succeeded': { target: 'confirmed', guard: { type: 'owes', params: { op: 'confirm' } }, actions: 'settle' },
        'confirm.failed': { target: 'trySuccess', guard: { type: 'owes', params: { op: 'confirm' } }, actions: 'settle' },
        'cancel.succeeded': { target: 'cancelled', guard: { type: 'owes', params: { op: 'cancel' } }, actions: 'settle' },
        // TCC's canonical case: cancel a try whose outcome is unknown; the fence refuses it if it lands later.
        'cancel.requested': { guard: { type: 'owes', params: { op: 'try' } }, actions: 'oweCancel' },
        // Another unknown answer: still owed, nothing learnt.
        'call.unknown': { target: 'unknown', guard: 'owesSomething' },
      },
    },
    confirmed: {
      type: 'final',
      description: 'The reservation is consumed; it can no longer be rolled back.',
    },
    cancelled: {
      type: 'final',
      description: 'Nothing is reserved: the try failed definitely, or the reservation was released.',
    },
  },
});
