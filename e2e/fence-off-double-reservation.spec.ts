import { expect, test } from '@playwright/test';

const json = { 'content-type': 'application/json' };

test.beforeEach(async ({ request }) => {
  expect((await request.post('/api/reset', { headers: json, data: {} })).ok()).toBe(true);
});

test('without the provider fence a duplicate delivery reserves twice, and the invariants name the trade', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-ready="true"]').waitFor();

  const invariant = page.locator('.invariants li', { hasText: 'no double reservation' });
  await expect(invariant).toHaveClass(/ok/);

  const fence = page.getByRole('switch', { name: 'Provider fence' });
  await expect(fence).toHaveAttribute('aria-checked', 'true');
  await fence.click();
  await expect(fence).toHaveAttribute('aria-checked', 'false');
  const duplicate = page.getByRole('switch', { name: 'Duplicate delivery' });
  await duplicate.click();
  await expect(duplicate).toHaveAttribute('aria-checked', 'true');

  await page.getByLabel('Amount').fill('6.50');
  await page.getByRole('button', { name: 'Create trade' }).click();
  const row = page.locator('tbody tr').first();
  await expect(row).toContainText('6.50');
  const tradeId = (await row.locator('td').first().innerText()).trim();

  await expect(invariant).toHaveClass(/broken/);
  await expect(invariant.getByRole('button', { name: tradeId })).toBeVisible();
});
