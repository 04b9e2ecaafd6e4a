import { expect, test } from '@playwright/test';

const json = { 'content-type': 'application/json' };

test.use({ viewport: { width: 1280, height: 800 } });

test('the dashboard draws every state of the machine and tells a consistent trade from a converging one', async ({ page, request }) => {
  await request.post('/api/reset', { headers: json, data: {} });
  await page.goto('/');
  await page.locator('[data-ready="true"]').waitFor();
  await expect(page.locator('svg.diagram [data-state]')).toHaveCount(5);

  const rows = page.locator('tbody tr');
  const create = async (amount: string, expectedRows: number) => {
    await page.getByLabel('Amount').fill(amount);
    await page.getByRole('button', { name: 'Create trade' }).click();
    await expect(rows).toHaveCount(expectedRows);
  };

  await create('1.00', 1); // case 1: no fault
  await create('2.00', 2); // case 2 (V2): the intent never commits — refused, nothing anywhere
  await expect(page.getByRole('form', { name: 'New trade' }).getByRole('alert')).toContainText('local transaction failed');
  await create('4.00', 3); // case 4: recording the result fails; recovery converges it
  await page.getByRole('switch', { name: 'Response lost' }).click();
  await create('11.11', 4); // every reply lost: unknown, retried with the same key
  await expect(page.locator('[data-state="unknown"]')).toHaveAttribute('data-active', 'true');

  await expect(rows.filter({ hasText: 'converging' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'consistent' })).toHaveCount(3);
  // Let the token glide and the edge animation finish before the picture is taken.
  await page.waitForTimeout(1800);
  // The README's picture is refreshed on request (SCREENSHOT=update); a plain run leaves the tree clean.
  const target = process.env.SCREENSHOT === 'update' ? 'public/screenshot.png' : test.info().outputPath('dashboard.png');
  await page.screenshot({ path: target });
});

test.describe("the README's picture of a chaos run over time", () => {
  // Drawn at twice the pixels and about the README's width, so its words stay legible when shown there.
  test.use({ viewport: { width: 960, height: 800 }, deviceScaleFactor: 2 });

  test('a simulated chaos run draws its timeline: the verdicts and the frozen money, the fault window, the sweeps, reconciliation', async ({
    page,
  }) => {
    await page.goto('/chaos');
    await page.locator('.evidence-page[data-ready="true"]').waitFor();
    const form = page.getByRole('form', { name: 'Chaos run' });
    await form.getByRole('radio', { name: 'Simulated' }).check();
    await form.getByLabel('Trades').fill('200');
    await form.getByLabel('Fault probability (%)').fill('10');
    await form.getByLabel('Seed').fill('5');
    await form.getByRole('button', { name: 'Start chaos run' }).click();

    const timeline = page.getByRole('region', { name: 'The run over time' });
    await expect(timeline.getByRole('img', { name: /^Timeline of the run over virtual time/ })).toBeVisible({ timeout: 60_000 });
    await expect(timeline.locator('figure[data-drawn="true"] canvas')).toBeVisible();
    await expect(timeline.locator('figcaption')).toContainText('Reconciliation ran at');
    const target = process.env.SCREENSHOT === 'update' ? 'public/chaos-timeline.png' : test.info().outputPath('chaos-timeline.png');
    await timeline.screenshot({ path: target });
  });
});
