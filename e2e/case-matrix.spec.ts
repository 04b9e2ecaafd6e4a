import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

const json = { 'content-type': 'application/json' };

test.use({ viewport: { width: 1280, height: 800 } });

test('every case of the note runs from the page, each cell checked against the table, without touching the lab', async ({
  page,
  request,
}) => {
  const before = await (await request.get('/api/consistency')).json();

  await page.goto('/');
  await page.locator('[data-ready="true"]').waitFor();
  await page.getByRole('navigation', { name: 'Lab' }).getByRole('link', { name: 'Matrix' }).click();
  await page.locator('.evidence-page[data-ready="true"]').waitFor();

  // Before a run the table shows what the note expects, cell by cell.
  const cell = (name: string) => page.getByRole('button', { name, exact: true });
  await expect(cell('create V1 case 4')).toContainText('—, trySuccess → —, trySuccess');
  await expect(cell('create V1 case 4')).toContainText('not repairable');
  await expect(cell('create V1 case 4')).toBeDisabled();

  await page.getByRole('button', { name: 'Run every case' }).click();
  await expect(page.getByRole('status')).toHaveText(/^36 passed, 0 failed · [\d.]+ s · HTTP hop$/, { timeout: 30_000 });
  await expect(page.locator('[data-cell][data-pass="true"]')).toHaveCount(36);
  await expect(page.locator('[data-pass="false"]')).toHaveCount(0);

  // A cell opens its story: the note's pair against the lab's, and the trade's sequence diagram.
  await cell('delete V2 case 3').click();
  const story = page.getByRole('region', { name: /delete V2 case 3/ });
  await expect(story).toContainText('Request lost');
  await expect(story).toContainText('the purge follows the definite answer');
  await expect(story.getByRole('row', { name: /right after the flow/ })).toContainText('unknown (owes cancel), trySuccess');
  await expect(story.getByRole('row', { name: /after the retry/ })).toContainText('—, —');
  await expect(story.getByRole('img', { name: /Sequence of trade t-\d+/ })).toBeVisible();

  // The books: reconciliation cancels V1's two orphans, and only V1's confirm case 3 stays stuck.
  const books = page.getByRole('region', { name: 'The books, counted to the cent' });
  await expect(books).toContainText(
    /cancels reservations whose trade does not exist: t-\d+ \(create V1 case 4\), t-\d+ \(delete V1 case 3\)/,
  );
  await expect(books).toContainText(/not repairable by retry: t-\d+ \(confirm V1 case 3\)/);

  // The run used a scratch lab: the lab's own books are as they were.
  const after = await (await request.get('/api/consistency', { headers: json })).json();
  expect(after.total).toBe(before.total);

  // The whole run, every cell with its trade's events, as a file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download report (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('case-matrix.json');
  const saved = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(saved).toMatchObject({ passed: 36, failed: 0 });
  expect(saved.cells).toHaveLength(36);

  // The README's picture is refreshed on request (SCREENSHOT=update); a plain run leaves the tree clean.
  await cell('create V1 case 3').click();
  const target = process.env.SCREENSHOT === 'update' ? 'public/case-matrix.png' : test.info().outputPath('case-matrix.png');
  await page.screenshot({ path: target, fullPage: true });
});
