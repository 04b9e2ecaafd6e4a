import { expect, test } from '@playwright/test';

const json = { 'content-type': 'application/json' };

test.beforeEach(async ({ request }) => {
  expect((await request.post('/api/reset', { headers: json, data: {} })).ok()).toBe(true);
});

test('V1 create case 4 leaves a payment no trade knows; no retry repairs it, reconciliation does', async ({ page, request }) => {
  await page.goto('/');
  await page.locator('[data-ready="true"]').waitFor();

  const v1 = page.getByRole('group', { name: 'Strategy' }).getByRole('button', { name: /^V1/ });
  await v1.click();
  await expect(v1).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('group', { name: 'Scenarios' }).getByRole('button', { name: '4.00' }).click();
  await page.getByRole('button', { name: 'Create trade' }).click();

  // The RPC succeeded inside the transaction, then the commit failed: the provider holds the money.
  const row = page.locator('tbody tr').first();
  await expect(row).toContainText('payOnly');
  await expect(row).toContainText('stuck');
  await expect(page.locator('.quadrant-payOnly strong')).toHaveText('1');

  // A recovery sweep has nothing to retry from: V1 kept no local row.
  await page.getByRole('button', { name: 'Run recovery' }).click();
  await expect(row).toContainText('stuck');

  await page.getByRole('button', { name: 'Reconcile' }).click();
  await expect(row).toContainText('neither');
  await expect(page.locator('.quadrant-payOnly strong')).toHaveText('0');

  const report = (await (await request.get('/api/consistency')).json()) as { invariants: { id: string; ok: boolean }[] };
  expect(report.invariants.filter((i) => !i.ok)).toEqual([]);
});
