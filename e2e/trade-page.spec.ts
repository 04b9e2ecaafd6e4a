import { expect, test } from '@playwright/test';

const json = { 'content-type': 'application/json' };

test.beforeEach(async ({ request }) => {
  const reset = await request.post('/api/reset', { headers: json, data: {} });
  expect(reset.ok()).toBe(true);
});

test('the trade page draws a lost reply as a broken arrow, replays step by step and exports the trade', async ({ page, request }) => {
  const fault = await request.put('/api/faults/rpc.response_lost', { headers: json, data: { mode: 'once' } });
  expect(fault.ok()).toBe(true);
  const created = await request.post('/api/trades', { headers: json, data: { amount: '11.11' } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const recovery = await request.post('/api/recovery/run', { headers: json, data: { force: true } });
  expect(recovery.ok()).toBe(true);

  await page.goto(`/trades/${id}`);
  await page.locator('[data-ready="true"]').waitFor();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${id} · 11.11 · V2`);
  await expect(page.locator('[data-fault="rpc.response_lost"] [data-broken="true"]')).toBeVisible();
  await expect(page.locator('[data-broken="true"]')).toContainText('reply lost (fault: Response lost)');

  const replay = page.getByRole('slider', { name: 'Replay' });
  await expect(replay).toBeAttached();
  const total = Number(await replay.getAttribute('max'));
  expect(total).toBeGreaterThan(1);
  await expect(page.getByText(`step ${total} / ${total}`)).toBeVisible();
  await replay.focus();
  await page.keyboard.press('Home');
  await expect(page.getByText(`step 1 / ${total}`)).toBeVisible();
  await expect(page.locator('.lane-row.lane-future').first()).toBeAttached();

  // Nothing is owed once recovery converged: the retry controls are off.
  await expect(page.getByRole('button', { name: 'Retry now' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Stop retrying' })).toBeDisabled();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  expect((await download).suggestedFilename()).toBe(`${id}.json`);
});

test('an unknown trade id says so and links back', async ({ page }) => {
  await page.goto('/trades/t-999999');
  await expect(page.getByText('No trade t-999999')).toBeVisible();
  await expect(page.locator('.tp-missing').getByRole('link', { name: 'Back to the dashboard' })).toBeVisible();
});

test('the trades table opens a trade on its own page', async ({ page, request }) => {
  const created = await request.post('/api/trades', { headers: json, data: { amount: '1.00' } });
  const { id } = (await created.json()) as { id: string };
  await page.goto('/');
  await page.locator('[data-ready="true"]').waitFor();
  await page.getByRole('link', { name: `Open ${id}` }).click();
  await expect(page).toHaveURL(new RegExp(`/trades/${id}$`));
  await page.locator('[data-ready="true"]').waitFor();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(id);
});

test('the page follows the trade live: recovery elsewhere shows up, and the replay stays at the end', async ({ page, request }) => {
  await request.put('/api/faults/rpc.response_lost', { headers: json, data: { mode: 'always' } });
  const created = await request.post('/api/trades', { headers: json, data: { amount: '6.66' } });
  const { id } = (await created.json()) as { id: string };

  await page.goto(`/trades/${id}`);
  await page.locator('[data-ready="true"]').waitFor();
  await expect(page.getByRole('button', { name: 'Retry now' })).toBeEnabled();
  const replay = page.getByRole('slider', { name: 'Replay' });
  const before = Number(await replay.getAttribute('max'));

  await request.put('/api/faults/rpc.response_lost', { headers: json, data: { mode: 'off' } });
  await request.post('/api/recovery/run', { headers: json, data: { force: true } });
  await expect(page.locator('.tp-story')).toContainText('now consistent');
  const after = Number(await replay.getAttribute('max'));
  expect(after).toBeGreaterThan(before);
  await expect(replay).toHaveValue(String(after));
  await expect(page.getByRole('button', { name: 'Retry now' })).toBeDisabled();
});
