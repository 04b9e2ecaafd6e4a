import { expect } from 'vitest';
import type { Lab } from '@/lib/lab';
import type { HeldView } from '@/lib/wire/wire';
import type { WireAction } from '@/lib/wire/wire-actions';
import { labsClosedAfterEach } from './test-lab';

/** Step mode's tests: labs with step mode on (closed after each test), and a person's hand on the wire. */
export function stepLabs() {
  const openLab = labsClosedAfterEach({ transport: 'in-process' });
  /** Step mode on, with a caller's timeout no test waits out unless it means to. */
  return async (holdLocalSteps = false): Promise<Lab> => {
    const { lab } = await openLab();
    lab.updateSettings({ stepMode: true, holdLocalSteps, stepTimeoutMs: 60_000 });
    return lab;
  };
}

/** The next message to wait on the wire. */
export async function nextHeld(lab: Lab, seen = 0): Promise<HeldView> {
  for (;;) {
    const held = lab.wire.list();
    if (held.length > seen) return held.at(-1)!;
    await new Promise((resolve) => lab.events.once('wire', resolve));
  }
}

export const act = (lab: Lab, held: HeldView, action: WireAction) => expect(lab.wire.act(held.id, action)).toMatchObject({ ok: true });
