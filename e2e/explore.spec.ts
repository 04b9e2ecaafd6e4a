import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 800 } });

const finding = 'v1.on.create-confirm.d1.01';

test("a proof run from the page: every schedule of a small bound, the note's claims checked, V1's create case 3 found not repaired, its counterexample opened", async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('[data-ready="true"]').waitFor();
  await page.getByRole('navigation', { name: 'Lab' }).getByRole('link', { name: 'Explore', exact: true }).click();
  await page.locator('.evidence-page[data-ready="true"]').waitFor();

  const form = page.getByRole('form', { name: 'Exploration bounds' });
  await form.getByLabel('Faults per schedule (depth)').fill('1');
  // V1 alone: the finding is V1's.
  for (const strategy of ['V2', 'V3']) await form.getByRole('checkbox', { name: strategy, exact: true }).uncheck();
  await form.getByRole('checkbox', { name: 'off', exact: true }).uncheck();
  for (const sequence of ['create', 'create, then cancel', 'create, then delete', 'create, and cancel while its try is on the wire'])
    await form.getByRole('checkbox', { name: sequence, exact: true }).uncheck();
  await form.getByRole('button', { name: 'Run the exploration' }).click();

  await expect(page.getByRole('status')).toHaveText(/^19 schedules in [\d.]+ s · 2 claims not as the note predicts$/, { timeout: 30_000 });
  await expect(page).toHaveURL(/\/explore\?depth=1&strategy=v1&fence=on&sequence=create-confirm$/);
  await expect(page.getByRole('region', { name: 'Run it again' }).locator('code')).toHaveText(
    'npm run explore -- --depth=1 --strategy=v1 --fence=on --sequence=create-confirm',
  );

  // The claims: what held, and the one the note gets wrong, said so in the table.
  const claims = page.getByRole('region', { name: "The note's claims, checked over every schedule" });
  await expect(claims.locator('tr[data-property="invariant.moneyConserved"]')).toContainText('✓ holds');
  await expect(claims.locator('tr[data-property="v1.create-3-repaired"]')).toContainText('✗ fails');

  // The finding, plainly: the claim, why it fails, and its shortest counterexample drawn.
  const findings = page.getByRole('region', { name: 'Where the note does not hold as it states it' });
  const claim = findings.getByRole('article', { name: /V1: create case 3 is repaired by retry/ });
  await expect(claim).toContainText("Why: The note's table takes each operation alone");
  await expect(claim).toContainText('the confirm came before any retry');
  await expect(claim.getByText('Request lost on the try')).toBeVisible();
  await expect(claim.locator('code')).toHaveText(`npm run explore -- --replay=${finding}`);
  await expect(claim.getByRole('img', { name: /^Sequence of trade t-1: \d+ rows/ })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), claim.getByRole('button', { name: 'Export JSON' }).click()]);
  expect(download.suggestedFilename()).toBe(`counterexample-${finding}.json`);
  const saved = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(saved).toMatchObject({ id: finding, faults: 1, story: { id: 't-1' } });

  // Its link opens it: the server replays it from the id alone, to the same end.
  await claim.getByRole('link', { name: finding }).click();
  const opened = page.getByRole('region', { name: `Schedule ${finding}` });
  await expect(opened.getByRole('img', { name: /^Sequence of trade t-1: \d+ rows/ })).toBeVisible();
  await expect(opened).toContainText('✗ V1: create case 3 is repaired by retry');
  await expect(opened.locator('code')).toHaveText(`npm run explore -- --replay=${finding}`);
  await expect(page).toHaveURL(new RegExp(`&schedule=${finding.replaceAll('.', '\\.')}$`));
  await page.screenshot({ path: test.info().outputPath('explore.png'), fullPage: true });

  // The same address, loaded afresh, opens the same schedule and fills in the same bounds.
  await page.reload();
  await page.locator('.evidence-page[data-ready="true"]').waitFor();
  await expect(opened.getByRole('img', { name: /^Sequence of trade t-1/ })).toBeVisible();
  await expect(form.getByLabel('Faults per schedule (depth)')).toHaveValue('1');
  await expect(form.getByRole('checkbox', { name: 'V2', exact: true })).not.toBeChecked();
  await expect(form.getByRole('checkbox', { name: 'V3', exact: true })).not.toBeChecked();
});

test('an address with bounds it cannot read says so and shows the defaults', async ({ page }) => {
  await page.goto('/explore?depth=9');
  await page.locator('.evidence-page[data-ready="true"]').waitFor();
  await expect(page.getByRole('status')).toHaveText(/were not understood \(depth: .+\); the defaults are shown/);
  await expect(page.getByRole('form', { name: 'Exploration bounds' }).getByLabel('Faults per schedule (depth)')).toHaveValue('3');
});
