import { expect, test } from '@playwright/test';

const json = { 'content-type': 'application/json' };

interface TradeSummary {
  id: string;
  amount: string;
}

interface TradeView extends TradeSummary {
  provider: { state: string; reservations: number } | null;
  events: { source: 'trade' | 'pay'; type: string }[];
}

test.beforeEach(async ({ request }) => {
  const reset = await request.post('/api/reset', { headers: json, data: {} });
  expect(reset.ok()).toBe(true);
});

test('a lost response leaves the mirror unknown; recovery retries with the same key and the provider reserves once', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await page.locator('[data-ready="true"]').waitFor();

  const responseLost = page.getByRole('switch', { name: 'Response lost' });
  await responseLost.click();
  await expect(responseLost).toHaveAttribute('aria-checked', 'true');

  await page.getByLabel('Amount').fill('7.25');
  await page.getByRole('button', { name: 'Create trade' }).click();
  await expect(page.locator('[data-state="unknown"]')).toHaveAttribute('data-active', 'true');

  await responseLost.click();
  await expect(responseLost).toHaveAttribute('aria-checked', 'false');
  await page.getByRole('button', { name: 'Run recovery' }).click();
  await expect(page.locator('[data-state="trySuccess"]')).toHaveAttribute('data-active', 'true');
  await expect(page.locator('[data-state="unknown"]')).toHaveAttribute('data-active', 'false');

  const list = await request.get('/api/trades');
  expect(list.ok()).toBe(true);
  const { items } = (await list.json()) as { items: TradeSummary[] };
  const created = items.find((t) => t.amount === '7.25');
  expect(created, 'the trade for 7.25 is listed').toBeDefined();

  const view = (await (await request.get(`/api/trades/${created!.id}`)).json()) as TradeView;
  expect(view.provider?.state).toBe('trySuccess');
  // The provider executed the first try (its reply was lost) and the retry: the fence makes it one reservation.
  expect(view.provider?.reservations).toBe(1);
  expect(view.events.filter((e) => e.source === 'pay' && e.type === 'try.reserved')).toHaveLength(1);
});

test('a switched-on fault can fire once only, then switches itself off', async ({ page, request }) => {
  await page.goto('/');
  await page.locator('[data-ready="true"]').waitFor();

  const requestLost = page.getByRole('switch', { name: 'Request lost' });
  await requestLost.click();
  await page.getByRole('combobox', { name: 'Request lost mode' }).selectOption('once');
  await expect(page.locator('.badge.mode-once')).toHaveText('once');

  await page.getByLabel('Amount').fill('8.40');
  await page.getByRole('button', { name: 'Create trade' }).click();
  await expect(page.locator('[data-state="unknown"]')).toHaveAttribute('data-active', 'true');
  // It fired on that call and is off again: the switch shows it.
  await expect(requestLost).toHaveAttribute('aria-checked', 'false');

  const faults = (await (await request.get('/api/faults')).json()) as { faults: { id: string; mode: string; fired: number }[] };
  expect(faults.faults.find((f) => f.id === 'rpc.request_lost')).toMatchObject({ mode: 'off', fired: 1 });
});
