import { expect, test } from '@playwright/test';

test('the API page renders the document offline, with the lab top bar', async ({ page }) => {
  const outside: string[] = [];
  // Offline: anything but the lab's own origin is refused, and remembered.
  await page.route(/^(?!http:\/\/(127\.0\.0\.1|localhost)[:/])/, (r) => {
    outside.push(r.request().url());
    return r.abort();
  });
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Lab' }).getByRole('link', { name: 'API' }).click();
  await expect(page).toHaveURL(/\/api$/);
  await expect(page.locator('[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'The API' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Lab' }).getByRole('link', { name: 'API' })).toHaveAttribute('aria-current', 'page');
  for (const summary of ['Create a trade and its payment (try)', 'Switch one fault', 'Reserve the amount (TCC try)']) {
    await expect(page.getByText(summary, { exact: true }).first()).toBeVisible();
  }
  // Opening an operation shows its documented answers, the errors among them.
  await page.getByText('Create a trade and its payment (try)', { exact: true }).first().click();
  await expect(page.getByText('error: idempotency_conflict', { exact: true }).first()).toBeAttached();
  expect(outside).toEqual([]);
});

test('the document itself is served as JSON', async ({ request }) => {
  const res = await request.get('/api/openapi.json');
  expect(res.status()).toBe(200);
  const doc = await res.json();
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths)).toContain('/api/trades/{id}');
});
