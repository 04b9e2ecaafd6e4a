import { expect, type APIRequestContext, type Page, type Response } from '@playwright/test';
import type { Pair } from '@/lib/note/case-cell';
import { pairOf } from '@/lib/note/case-matrix';
import type { TradeView } from '@/lib/read-model/trade-view';

export const json = { 'content-type': 'application/json' };

/** A button on a held card, by its name on the page. */
export type WireButton =
  'Deliver' | 'Lose request' | 'Lose reply' | 'Deliver late' | 'Duplicate' | 'Provider rejects' | 'Commit' | 'Fail' | 'Crash';

/**
 * One decision: what the next card on the wire must be (a call or a local step), which button it
 * gets, and — for a message that is not the operation's own call (V3's to the coordinator, or the
 * coordinator's phase 2) — what it carries.
 */
export type Move = [kind: 'call' | 'local', button: WireButton, op?: string];

export const wire = (page: Page) => page.getByRole('region', { name: 'On the wire' });

export async function resetLab(request: APIRequestContext): Promise<void> {
  expect((await request.post('/api/reset', { headers: json, data: {} })).ok()).toBe(true);
}

/** The dashboard, ready, with step mode switched on by its switches (and local commits held if asked). */
export async function openStepping(page: Page, holdLocal: boolean): Promise<void> {
  await page.goto('/');
  await page.locator('[data-ready="true"]').waitFor();
  const step = page.getByRole('switch', { name: 'Step through the network' });
  await step.click();
  await expect(step).toHaveAttribute('aria-checked', 'true');
  if (holdLocal) {
    const local = page.getByRole('switch', { name: 'Hold local commits too' });
    await local.click();
    await expect(local).toHaveAttribute('aria-checked', 'true');
  }
  await expect(wire(page)).toBeVisible();
}

/**
 * Plays the wire by clicks: each move waits for the next card, checks it is the kind of message
 * the flow should be holding (and its operation), and presses the move's button on it.
 */
export async function play(page: Page, op: string, moves: readonly Move[]): Promise<void> {
  for (const [kind, button, carries = op] of moves) {
    const card = wire(page).locator('[data-held-id]').first();
    await expect(card, `the next card should be a ${kind} (${button})`).toHaveAttribute('data-kind', kind);
    await expect(card).toHaveAttribute('data-op', carries);
    const id = (await card.getAttribute('data-held-id'))!;
    await card.getByRole('button', { name: button, exact: true }).click();
    await expect(wire(page).locator(`[data-held-id="${id}"]`)).toHaveCount(0);
  }
}

/** A request the page sends, caught before the click that sends it. */
export const pageRequest = (page: Page, method: string, path: RegExp): Promise<Response> =>
  page.waitForResponse((r) => r.request().method() === method && path.test(new URL(r.url()).pathname));

/** Creates a trade from the form and plays its messages; the trade's id, from the page's own answer. */
export async function createByClicks(page: Page, amount: string, moves: readonly Move[]): Promise<{ id: string; status: number }> {
  const answer = pageRequest(page, 'POST', /^\/api\/trades$/);
  await page.getByLabel('Amount').fill(amount);
  await page.getByRole('button', { name: 'Create trade' }).click();
  await play(page, 'try', moves);
  const response = await answer;
  const body = (await response.json()) as { id?: string; error?: { tradeId?: string } };
  return { id: (body.id ?? body.error?.tradeId)!, status: response.status() };
}

export async function tradeOf(request: APIRequestContext, id: string): Promise<TradeView> {
  const response = await request.get(`/api/trades/${id}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as TradeView;
}

/** Both sides of a trade in the note's notation, read through the API. */
export const sidesOf = async (request: APIRequestContext, id: string): Promise<Pair> => pairOf(await tradeOf(request, id));
