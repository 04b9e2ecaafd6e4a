import { expect, test, type APIRequestContext } from '@playwright/test';
import { createByClicks, json, openStepping, pageRequest, play, resetLab, sidesOf, tradeOf, wire } from './step-mode-wire';

test.use({ viewport: { width: 1280, height: 900 } });

test.beforeEach(async ({ request }) => resetLab(request));

const callButtons = ['Deliver', 'Lose request', 'Lose reply', 'Deliver late', 'Duplicate', 'Provider rejects'];

test('step mode holds a call on the wire with its countdown; a reload shows it again; Deliver by keyboard sends it', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await page.locator('[data-ready="true"]').waitFor();
  await expect(wire(page)).toHaveCount(0);
  await expect(page.getByRole('switch', { name: 'Hold local commits too' })).toBeDisabled();

  await openStepping(page, false);
  await expect(wire(page)).toContainText('Nothing waits');

  await page.getByLabel('Amount').fill('5.00');
  await page.getByRole('button', { name: 'Create trade' }).click();
  const card = wire(page).locator('[data-held-id]');
  await expect(card).toHaveCount(1);
  await expect(card).toHaveAttribute('data-kind', 'call');
  await expect(card).toHaveAttribute('data-op', 'try');
  const id = (await card.getAttribute('data-trade-id'))!;
  const heldId = (await card.getAttribute('data-held-id'))!;
  await expect(card).toContainText(`Pay order${id.replace(/^t-/, 'po-')}`);
  await expect(card).toContainText(`Trade${id}`);
  await expect(card).toContainText('Attempt#1');
  // The caller waits the step-mode timeout (30 s by default), counted down on the card.
  await expect(card).toContainText(/times out in (30|2\d) s/);
  await expect(card.getByRole('button')).toHaveText(callButtons);

  // The page is not frozen by the create that waits: the form says so and stays usable.
  await expect(page.getByRole('status').filter({ hasText: 'A trade is waiting on the wire' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create trade' })).toBeEnabled();

  // Held messages live on the server.
  await page.reload();
  await page.locator('[data-ready="true"]').waitFor();
  await expect(page.getByRole('switch', { name: 'Step through the network' })).toHaveAttribute('aria-checked', 'true');
  const again = wire(page).locator(`[data-held-id="${heldId}"]`);
  await expect(again).toBeVisible();

  const deliver = again.getByRole('button', { name: 'Deliver', exact: true });
  await deliver.focus();
  await expect(deliver).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(again).toHaveCount(0);
  await expect.poll(() => sidesOf(request, id)).toEqual(['trySuccess', 'trySuccess']);
  await expect(wire(page)).toContainText('Nothing waits');
});

test('Crash after the local commit leaves the try to recovery; Duplicate reserves once; Lose reply leaves the result unknown', async ({
  page,
  request,
}) => {
  await openStepping(page, true);
  const crashed = await createByClicks(page, '6.00', [
    ['local', 'Commit'],
    ['local', 'Crash'],
  ]);
  expect(crashed.status).toBe(201);
  expect(await sidesOf(request, crashed.id)).toEqual(['init (owes try)', '—']);

  // Recovery sends the owed try: delivered twice, the fence makes it one reservation.
  await play(page, 'try', [
    ['call', 'Duplicate'],
    ['local', 'Commit'],
  ]);
  await expect.poll(() => sidesOf(request, crashed.id)).toEqual(['trySuccess', 'trySuccess']);
  expect((await tradeOf(request, crashed.id)).provider?.reservations).toBe(1);

  const lost = await createByClicks(page, '7.00', [
    ['local', 'Commit'],
    ['local', 'Commit'],
    ['call', 'Lose reply'],
    ['local', 'Commit'],
  ]);
  expect(lost.status).toBe(201);
  // The provider executed; the caller never heard: unknown, the try still owed.
  expect(await sidesOf(request, lost.id)).toEqual(['unknown (owes try)', 'trySuccess']);
});

test("a message left past the caller's timeout goes late: the result is unknown, and a Deliver then is a late delivery", async ({
  page,
  request,
}) => {
  expect((await request.put('/api/settings', { headers: json, data: { stepTimeoutMs: 1000 } })).ok()).toBe(true);
  await openStepping(page, false);
  const answer = pageRequest(page, 'POST', /^\/api\/trades$/);
  await page.getByLabel('Amount').fill('5.00');
  await page.getByRole('button', { name: 'Create trade' }).click();

  const card = wire(page).locator('[data-held-id]').first();
  await expect(card).toHaveAttribute('data-late', 'true');
  await expect(card).toContainText('late');
  await expect(card.getByRole('button')).toHaveText(['Deliver', 'Lose request']);
  const id = (await card.getAttribute('data-trade-id'))!;
  const late = wire(page).locator(`[data-held-id="${await card.getAttribute('data-held-id')}"]`);
  expect((await answer).status()).toBe(201);
  expect(await sidesOf(request, id)).toEqual(['unknown (owes try)', '—']);

  await late.getByRole('button', { name: 'Deliver', exact: true }).click();
  await expect(late).toHaveCount(0);
  await expect.poll(async () => (await sidesOf(request, id))[1]).toBe('trySuccess');
  expect((await tradeOf(request, id)).events.map((e) => e.type)).toContain('rpc.late');
});

test('switching step mode off delivers whatever waits on the wire', async ({ page, request }) => {
  await openStepping(page, true);
  await page.getByRole('group', { name: 'Strategy' }).getByRole('button', { name: /^V1/ }).click();
  const answer = pageRequest(page, 'POST', /^\/api\/trades$/);
  await page.getByLabel('Amount').fill('5.00');
  await page.getByRole('button', { name: 'Create trade' }).click();
  await play(page, 'try', [['local', 'Commit']]);
  await expect(wire(page).locator('[data-kind="call"]')).toHaveCount(1);

  await page.getByRole('switch', { name: 'Step through the network' }).click();
  await expect(wire(page)).toHaveCount(0);
  const response = await answer;
  expect(response.status()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  expect(await sidesOf(request, id)).toEqual(['created', 'trySuccess']);
  expect((await (await request.get('/api/wire')).json()).held).toEqual([]);
});

/** What a refused request must leave as it was: the trades, the held trade's both sides and story, and the wire. */
async function books(request: APIRequestContext, id: string) {
  const trades = (await (await request.get('/api/trades')).json()) as { total: number };
  const trade = await tradeOf(request, id);
  const held = ((await (await request.get('/api/wire')).json()) as { held: { id: string; late: boolean }[] }).held;
  return { total: trades.total, trade: { ...trade, events: trade.events.length }, held: held.map((h) => [h.id, h.late]) };
}

test('the wire API refuses an unknown id, an unknown action and acting twice — 4xx in the error shape, nothing changed', async ({
  request,
}) => {
  expect((await request.put('/api/settings', { headers: json, data: { stepMode: true } })).ok()).toBe(true);
  const created = request.post('/api/trades', { headers: json, data: { amount: '5.00', strategy: 'v2' } });
  await expect.poll(async () => ((await (await request.get('/api/wire')).json()) as { held: unknown[] }).held.length).toBe(1);
  const [held] = ((await (await request.get('/api/wire')).json()) as { held: { id: string; tradeId: string }[] }).held;
  const act = (id: string, data: unknown) => request.post(`/api/wire/${id}`, { headers: json, data });
  const refused = async (response: Awaited<ReturnType<typeof act>>, status: number, code: string) => {
    expect(response.status()).toBe(status);
    expect(await response.json()).toEqual({ error: { code, message: expect.any(String) } });
  };

  const before = await books(request, held!.tradeId);
  await refused(await act('w-999999', { action: 'deliver' }), 404, 'not_found');
  await refused(await act(held!.id, { action: 'teleport' }), 400, 'bad_request');
  await refused(await act(held!.id, { action: 'commit' }), 409, 'illegal_transition');
  expect(await books(request, held!.tradeId)).toEqual(before);

  const delivered = await act(held!.id, { action: 'deliver' });
  expect(delivered.status()).toBe(200);
  expect((await created).status()).toBe(201);
  const after = await books(request, held!.tradeId);
  await refused(await act(held!.id, { action: 'deliver' }), 404, 'not_found');
  expect(await books(request, held!.tradeId)).toEqual(after);
  expect(await sidesOf(request, held!.tradeId)).toEqual(['trySuccess', 'trySuccess']);
});
