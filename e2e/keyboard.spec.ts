import { expect, test, type Locator, type Page } from '@playwright/test';

const json = { 'content-type': 'application/json' };

test.use({ viewport: { width: 1280, height: 800 } });

test.beforeEach(async ({ request }) => {
  expect((await request.post('/api/reset', { headers: json, data: {} })).ok()).toBe(true);
});

/**
 * Tab (or Shift+Tab) until the target has the focus, as a keyboard user would, and check the ring
 * is drawn on it: a focus nobody can see is no focus.
 */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let presses = 0; presses < 120; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      await expectVisibleFocus(target);
      return;
    }
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

async function expectVisibleFocus(target: Locator) {
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return { visible: el.matches(':focus-visible'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.visible, 'focus-visible').toBe(true);
  expect(ring.outline).not.toBe('none');
  expect(ring.width).toBeGreaterThan(0);
}

test('the dashboard by keyboard alone: a fault switched on and off, a trade created, selected, confirmed and opened', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-ready="true"]').waitFor();

  const lost = page.getByRole('switch', { name: 'Response lost' });
  await tabTo(page, lost);
  await page.keyboard.press('Space');
  await expect(lost).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Enter');
  await expect(lost).toHaveAttribute('aria-checked', 'false');

  const amount = page.getByLabel('Amount');
  await tabTo(page, amount);
  await page.keyboard.type('6.50');
  await page.keyboard.press('Enter');
  const row = page.locator('tbody tr', { hasText: '6.50' });
  await expect(row).toHaveCount(1);
  const id = (await row.locator('td').first().innerText()).trim();
  await expect(row).toContainText('consistent');

  // Another trade, so that selecting the first is a change the table shows.
  await tabTo(page, amount, 'Shift+Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('7.50');
  await page.keyboard.press('Enter');
  await expect(page.locator('tbody tr.selected')).toContainText('7.50');

  const select = page.getByRole('button', { name: `Select trade ${id}` });
  await tabTo(page, select);
  await page.keyboard.press('Enter');
  await expect(page.locator('tbody tr.selected')).toContainText(id);
  await expect(page.getByRole('heading', { name: new RegExp(`trade ${id}`) })).toBeVisible();

  const confirm = page.getByRole('group', { name: `Actions on trade ${id}` }).getByRole('button', { name: 'Confirm' });
  await tabTo(page, confirm, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(row.locator('td').nth(3)).toHaveText('confirmed');

  const open = page.getByRole('link', { name: `Open ${id}` });
  await tabTo(page, open);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/trades/${id}$`));
  await page.locator('[data-ready="true"]').waitFor();

  // The trade's story steps back and forth from the keyboard too.
  const replay = page.getByRole('slider', { name: 'Replay' });
  await tabTo(page, replay);
  const total = Number(await replay.getAttribute('max'));
  await page.keyboard.press('Home');
  await expect(page.getByText(`step 1 / ${total}`)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(`step 2 / ${total}`)).toBeVisible();
});

test('the theme is chosen from the keyboard, and every top bar control shows its focus', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/chaos');
  await page.locator('[data-ready="true"]').waitFor();
  await tabTo(page, page.getByRole('link', { name: 'Consistency Lab' }));
  await tabTo(page, page.getByRole('navigation', { name: 'Lab' }).getByRole('link', { name: 'Matrix' }));
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await tabTo(page, theme);
  await page.keyboard.press('ArrowDown');
  await expect(theme).toHaveValue('light');
  await page.keyboard.press('ArrowDown');
  await expect(theme).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectVisibleFocus(theme);
});

test("the case matrix by keyboard: every case run, a cell's story opened", async ({ page }) => {
  await page.goto('/matrix');
  await page.locator('[data-ready="true"]').waitFor();
  await tabTo(page, page.getByRole('button', { name: 'Run every case' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/^36 passed, 0 failed/, { timeout: 30_000 });
  await tabTo(page, page.getByRole('button', { name: 'confirm V2 case 3', exact: true }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: /confirm V2 case 3/ })).toBeVisible();
});

test('every stop of the Tab order, on every page, shows where the focus is', async ({ page, request }) => {
  const created = await request.post('/api/trades', { headers: json, data: { amount: '1.00' } });
  const { id } = (await created.json()) as { id: string };
  for (const path of ['/', `/trades/${id}`, '/matrix', '/chaos', '/explore']) {
    await page.goto(path);
    await page.locator('[data-ready="true"]').first().waitFor();
    const seen = new Set<string>();
    // Round the page once: Tab until the focus comes back to an element it has been on.
    for (let stop = 0; stop < 200; stop++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const name = `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}`;
        return { name, visible: el.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
      });
      if (!focused) continue;
      if (seen.has(focused.name)) break;
      seen.add(focused.name);
      expect.soft(focused.visible, `${path}: focus on ${focused.name} is visible`).toBe(true);
    }
    expect(seen.size, `${path} has stops to Tab to`).toBeGreaterThan(3);
  }
});
