import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import { payOrderMachine } from '@/lib/pay-order/pay-order.machine';

describe("the diagram's states, in the catalog's English", () => {
  it("say exactly what the machine's own descriptions say, for every state", () => {
    const described = Object.fromEntries(Object.entries(payOrderMachine.states).map(([state, node]) => [state, node.description]));
    expect(en.dashboard.diagram.states).toEqual(described);
  });
});
