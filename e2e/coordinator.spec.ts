import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const json = { 'content-type': 'application/json' };

test.use({ viewport: { width: 1280, height: 800 } });

test.beforeEach(async ({ request }) => {
  expect((await request.post('/api/reset', { headers: json, data: {} })).ok()).toBe(true);
  expect((await request.put('/api/settings', { headers: json, data: { strategy: 'v3' } })).ok()).toBe(true);
});

async function ready(page: Page, path: string) {
  await page.goto(path);
  await page.locator('[data-ready="true"]').first().waitFor();
}

async function createFromTheForm(page: Page, amount: string) {
  await page.locator('#amount').fill(amount);
  await page.locator('form[aria-labelledby="new-trade-title"] button[type="submit"]').click();
}

/** Axe's WCAG 2.1 A and AA rules, in both themes and both languages: no serious or critical finding. */
async function expectAccessibleEverywhere(page: Page, label: string) {
  for (const language of ['English', '中文'] as const) {
    if (language === '中文') {
      await page.getByRole('button', { name: language, exact: true }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.locator('.language-switch')).toHaveAttribute('aria-busy', 'false');
    }
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const grave = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .flatMap((v) => [`${v.impact} ${v.id}: ${v.help}`, ...v.nodes.map((n) => `    ${n.target.join(' ')}`)]);
      expect.soft(grave.join('\n'), `axe on ${label}, ${language}, ${theme}`).toBe('');
    }
  }
}

const coordinator = (page: Page) => page.locator('section.coordinator-panel');
const token = (page: Page, machine: string, kind: string) =>
  coordinator(page).locator(`[data-machine="${machine}"] [data-token="${kind}"]`);

test('a V3 trade: its global transaction committed and both branches confirmed, on the dashboard and on its page', async ({ page }) => {
  await ready(page, '/');
  await createFromTheForm(page, '1.00');
  await expect(coordinator(page)).toHaveAttribute('data-status', 'Committed');
  await expect(token(page, 'globalTransaction', 'global')).toHaveAttribute('data-state', 'Committed');
  await expect(token(page, 'branch', 'trade')).toHaveAttribute('data-state', 'PhaseTwo_Committed');
  await expect(token(page, 'branch', 'pay')).toHaveAttribute('data-state', 'PhaseTwo_Committed');
  // Drawn from the machines: every status a node.
  await expect(coordinator(page).locator('[data-machine="globalTransaction"] .node')).toHaveCount(11);
  await expect(coordinator(page).locator('[data-machine="branch"] .node')).toHaveCount(7);
  await expect(coordinator(page).getByText('Coordinator up')).toBeVisible();
  await expect(coordinator(page).getByRole('button', { name: 'Restart coordinator' })).toBeDisabled();
  await expect(coordinator(page).getByText('It is up: there is nothing to restart.')).toBeVisible();
  await expectAccessibleEverywhere(page, 'the dashboard with a V3 trade');

  const id = await coordinator(page).getAttribute('data-xid');
  expect(id).toMatch(/^x-\d+$/);
  const tradeId = (await page.locator('tbody tr.selected td button').first().textContent())?.trim() ?? '';
  await ready(page, `/trades/${tradeId}`);
  const lanes = page.locator('svg.lanes');
  await expect(lanes.locator('.lane-head-tc')).toBeVisible();
  await expect(lanes.locator('[data-event-type="v3"] .lane-arrow').first()).toBeVisible();
  await expect(lanes.locator('[data-event-type="branch.moved"] .lane-arrow')).toHaveCount(4);
  await expect(lanes.locator('[data-event-type="branch.phase"] .lane-box')).toHaveCount(2);
  await expect(lanes).toContainText(/Committing → Committed/);
  await expectAccessibleEverywhere(page, "a V3 trade's page");
});

test('the coordinator crashes after deciding: the trade is held until a person restarts it, then converges', async ({ page, request }) => {
  expect((await request.put('/api/faults/tc.crash_after_decision', { headers: json, data: { mode: 'once' } })).ok()).toBe(true);
  await ready(page, '/');
  await createFromTheForm(page, '12.34');

  const status = coordinator(page).locator('.tc-status');
  await expect(status).toHaveAttribute('data-up', 'false');
  await expect(status).toContainText('Coordinator down: crashed after logging its decision');
  await expect(coordinator(page)).toHaveAttribute('data-status', 'Committing');
  await expect(page.locator('.side-pending[data-pending="create"]')).toBeVisible();
  await expect(token(page, 'branch', 'pay')).toHaveAttribute('data-state', 'PhaseOne_Done');
  await expectAccessibleEverywhere(page, 'the dashboard, the coordinator down');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await coordinator(page).getByRole('button', { name: 'Restart coordinator' }).click();
  await expect(status).toHaveAttribute('data-up', 'true');
  await expect(coordinator(page)).toHaveAttribute('data-status', 'Committed');
  await expect(token(page, 'branch', 'trade')).toHaveAttribute('data-state', 'PhaseTwo_Committed');
  await expect(token(page, 'branch', 'pay')).toHaveAttribute('data-state', 'PhaseTwo_Committed');
  await expect(page.locator('.side-pending')).toHaveCount(0);
  await expect(page.locator('.verdict')).toHaveClass(/verdict-consistent/);

  const tradeId = (await page.locator('tbody tr.selected td button').first().textContent())?.trim() ?? '';
  await ready(page, `/trades/${tradeId}`);
  const lanes = page.locator('svg.lanes');
  await expect(lanes.locator('[data-event-type="tc.crashed"] .lane-note')).toContainText('coordinator crashed after logging its decision');
  await expect(lanes.locator('[data-event-type="tc.restarted"] .lane-note')).toBeVisible();
});
