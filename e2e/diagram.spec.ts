import { expect, test, type Page } from '@playwright/test';

const json = { 'content-type': 'application/json' };

interface TradeView {
  id: string;
  trade: { status: string } | null;
  mirror: { state: string; owed: string | null } | null;
  provider: { state: string } | null;
}

test.beforeEach(async ({ request }) => {
  const reset = await request.post('/api/reset', { headers: json, data: {} });
  expect(reset.ok()).toBe(true);
});

/** The dashboard, with a new V2 trade selected on the diagram, its mirror in trySuccess. */
async function openWithTrade(page: Page, amount: string) {
  await page.goto('/');
  await page.locator('[data-ready="true"]').waitFor();
  await page.getByLabel('Amount').fill(amount);
  await page.getByRole('button', { name: 'Create trade' }).click();
  await expect(page.locator('svg.diagram [data-state="trySuccess"]')).toHaveAttribute('data-active', 'true');
  const id = await page.locator('#explorer-title .id').textContent();
  expect(id).toMatch(/^t-\d+$/);
  return id!;
}

const diagram = (page: Page) => page.locator('svg.diagram');
const eventButton = (page: Page, name: string) => diagram(page).getByRole('button', { name, exact: true });

test("the diagram's confirm.requested sends the confirm; in confirmed every event is refused with the machine's reason", async ({
  page,
  request,
}) => {
  const id = await openWithTrade(page, '5.00');

  // The picture keeps its summary as an image's name; the buttons live beside it, not inside (an image's children are hidden).
  await expect(page.getByRole('img', { name: `Pay-order machine for ${id}: caller trySuccess, provider trySuccess` })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Pay-order machine for/ }).getByRole('button')).toHaveCount(0);
  // A person's events are buttons, one per transition that takes them; delete sits beside each cancel.requested.
  const buttons = diagram(page).getByRole('button');
  await expect(buttons).toHaveCount(7);
  await expect(eventButton(page, 'delete from trySuccess')).toBeVisible();
  // The provider's answers are labels, not buttons.
  await expect(diagram(page).getByRole('button', { name: /succeeded|failed|call\.unknown/ })).toHaveCount(0);
  await expect(diagram(page).locator('.edge[data-event="confirm.succeeded"] text.answer').first()).toHaveText('confirm.succeeded');
  await expect(diagram(page).locator('.edge[data-event="call.unknown"] text.answer')).toHaveCount(3);

  // From trySuccess the machine takes confirm.requested; the same event on another state's edge is refused, saying where the mirror is.
  const confirm = eventButton(page, 'confirm.requested from trySuccess');
  await expect(confirm).not.toHaveAttribute('aria-disabled', 'true');
  await expect(confirm).toHaveAccessibleDescription(/Confirm button's request/);
  const cancelFromInit = eventButton(page, 'cancel.requested from init');
  await expect(cancelFromInit).toHaveAttribute('aria-disabled', 'true');
  await expect(cancelFromInit).toHaveAccessibleDescription(
    'the mirror is in trySuccess: cancel.requested takes the edge out of trySuccess',
  );

  // Keyboard-operable: focus it and press Enter.
  await confirm.focus();
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(diagram(page).locator('[data-state="confirmed"]')).toHaveAttribute('data-active', 'true');

  const view = (await (await request.get(`/api/trades/${id}`)).json()) as TradeView;
  expect(view.trade?.status).toBe('confirmed');
  expect(view.mirror?.state).toBe('confirmed');
  expect(view.provider?.state).toBe('confirmed');

  // Confirmed is final: every button is refused, and says so.
  for (const button of await buttons.all()) await expect(button).toHaveAttribute('aria-disabled', 'true');
  await expect(confirm).toHaveAccessibleDescription('no confirm.requested from confirmed (final)');
  await expect(eventButton(page, 'delete from trySuccess')).toHaveAccessibleDescription('no cancel.requested from confirmed (final)');
});

test("a guard that fails is the reason: with a confirm owed, the diagram's cancel is refused and cancel.requested says why", async ({
  page,
  request,
}) => {
  const id = await openWithTrade(page, '6.00');

  // Every confirm request is lost: the mirror goes unknown, the confirm still owed.
  await page.getByRole('switch', { name: 'Request lost' }).click();
  await eventButton(page, 'confirm.requested from trySuccess').click();
  await expect(diagram(page).locator('[data-state="unknown"]')).toHaveAttribute('data-active', 'true');
  const view = (await (await request.get(`/api/trades/${id}`)).json()) as TradeView;
  expect(view.mirror).toMatchObject({ state: 'unknown', owed: 'confirm' });

  const cancel = eventButton(page, 'cancel.requested from unknown');
  await expect(cancel).toHaveAttribute('aria-disabled', 'true');
  await expect(cancel).toHaveAccessibleDescription(
    'cancel.requested is refused in unknown: only while the try is owed, and the confirm is owed',
  );
});

test('slow motion, step by step: the transitions queue, the badge says how far behind, Next plays them in order', async ({
  page,
  request,
}) => {
  const id = await openWithTrade(page, '7.00');
  const lag = page.getByRole('status', { name: 'Animation lag' });
  await expect(lag).toHaveText('caught up');

  await page.getByRole('radio', { name: 'Step' }).check();
  const next = page.getByRole('button', { name: 'Next' });
  await expect(next).toBeDisabled();

  await eventButton(page, 'confirm.requested from trySuccess').click();
  // The server is done (confirmed) while the diagram still shows trySuccess, two transitions behind.
  await expect.poll(async () => ((await (await request.get(`/api/trades/${id}`)).json()) as TradeView).mirror?.state).toBe('confirmed');
  await expect(lag).toHaveText('2 behind');
  await expect(diagram(page).locator('[data-state="trySuccess"]')).toHaveAttribute('data-active', 'true');
  await expect(diagram(page).locator('[data-state="confirmed"]')).toHaveAttribute('data-active', 'false');
  // The buttons ask the machine as it stands, not as the animation shows it.
  await expect(eventButton(page, 'confirm.requested from trySuccess')).toHaveAttribute('aria-disabled', 'true');

  await next.click();
  await expect(lag).toHaveText('1 behind');
  await expect(diagram(page).locator('[data-state="trySuccess"]')).toHaveAttribute('data-active', 'true');

  await next.click();
  await expect(lag).toHaveText('caught up');
  await expect(diagram(page).locator('[data-state="confirmed"]')).toHaveAttribute('data-active', 'true');
  await expect(next).toBeDisabled();
});

test('step mode: a held call is drawn on the diagram as a message from the caller towards the provider', async ({ page, request }) => {
  expect((await request.put('/api/settings', { headers: json, data: { stepMode: true } })).ok()).toBe(true);
  await page.goto('/');
  await page.locator('[data-ready="true"]').waitFor();

  // The create waits for its try on the wire; the dashboard picks the new trade up from the stream.
  const created = request.post('/api/trades', { headers: json, data: { amount: '8.00' } });
  const message = diagram(page).locator('.held[data-op="try"]');
  await expect(message).toBeVisible();
  await expect(message).toHaveAttribute('data-late', 'false');
  await expect(message.locator('title')).toHaveText('try held on the wire');
  await expect(diagram(page).locator('[data-state="init"]')).toHaveAttribute('data-active', 'true');

  const wire = (await (await request.get('/api/wire')).json()) as { held: { id: string; op: string }[] };
  const held = wire.held.find((h) => h.op === 'try')!;
  expect((await request.post(`/api/wire/${held.id}`, { headers: json, data: { action: 'deliver' } })).ok()).toBe(true);
  expect((await created).status()).toBe(201);
  await expect(message).toHaveCount(0);
  await expect(diagram(page).locator('[data-state="trySuccess"]')).toHaveAttribute('data-active', 'true');
});

test('step mode: a call held past the caller’s timeout is marked late on the diagram', async ({ page, request }) => {
  expect((await request.put('/api/settings', { headers: json, data: { stepMode: true, stepTimeoutMs: 1000 } })).ok()).toBe(true);
  await page.goto('/');
  await page.locator('[data-ready="true"]').waitFor();

  const created = request.post('/api/trades', { headers: json, data: { amount: '9.00' } });
  await expect(diagram(page).locator('.held[data-op="try"]')).toBeVisible();
  // That one, by id: recovery's retries of the owed try will be held on the wire beside it.
  const heldId = await diagram(page).locator('.held[data-op="try"]').getAttribute('data-held');
  const message = diagram(page).locator(`.held[data-held="${heldId}"]`);
  // Nobody acts: the caller gives up waiting (its result unknown) and the message, still on the wire, is late.
  await expect(message).toHaveAttribute('data-late', 'true');
  await expect(message.locator('title')).toHaveText('try held on the wire — late: the caller gave up waiting');
  await expect(message).toContainText('try · late');
  expect((await created).status()).toBe(201);

  // The server says so too.
  const wire = (await (await request.get('/api/wire')).json()) as { held: { id: string; late: boolean }[] };
  expect(wire.held.find((h) => h.id === heldId)?.late).toBe(true);
});
