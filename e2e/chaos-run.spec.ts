import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 800 } });

test('a chaos run of random faulty trades over the real HTTP hop: V2 converges, money is counted to the cent, V1 leaves only cases of the note stuck', async ({
  page,
  request,
}) => {
  const before = await (await request.get('/api/consistency')).json();

  await page.goto('/');
  await page.locator('[data-ready="true"]').waitFor();
  await page.getByRole('navigation', { name: 'Lab' }).getByRole('link', { name: 'Chaos' }).click();
  await page.locator('.evidence-page[data-ready="true"]').waitFor();

  const form = page.getByRole('form', { name: 'Chaos run' });
  const world = form.getByRole('radiogroup', { name: 'World' });
  await expect(world.getByRole('radio', { name: 'Simulated' })).toBeChecked();
  await world.getByRole('radio', { name: 'Real HTTP hop' }).check();
  await expect(form.getByLabel('Trades')).toHaveAttribute('max', '10000');
  await expect(form.getByText(/Up to 10,000 over the real hop/)).toBeVisible();
  await expect(form.getByText('Seed', { exact: true })).toHaveAttribute('title', /only timing .* can differ/);
  await form.getByLabel('Trades').fill('200');
  await form.getByLabel('Fault probability (%)').fill('10');
  await form.getByLabel('Seed').fill('5');
  await form.getByRole('button', { name: 'Start chaos run' }).click();

  const status = page.getByRole('status');
  await expect(status).toHaveText(
    /^200 trades in [\d.]+ s · V2: (\d+) of \1 consistent · V1: \d+ of \d+ consistent.* · money conserved to the cent$/,
    { timeout: 60_000 },
  );
  await expect(page.locator('tr[data-strategy="v2"] td.verdict-stuck')).toHaveText('0');

  // The run over wall time, drawn once uPlot has loaded.
  const timeline = page.getByRole('region', { name: 'The run over time' });
  await expect(
    timeline.getByRole('img', { name: /^Timeline of the run over wall time: consistent, converging and stuck trades/ }),
  ).toBeVisible();
  await expect(timeline.locator('figure[data-clock="wall"][data-drawn="true"] canvas')).toBeVisible();
  await expect(timeline.locator('figcaption')).toHaveText(
    /^After [\d.]+ s of wall time: \d+ consistent, 0 converging, \d+ stuck of 200 trades made;/,
  );

  // After reconciliation every invariant holds: the last column has no ✗.
  const books = page.getByRole('region', { name: 'The books after each stage' });
  for (const name of ['Σ balance', 'frozen amount', 'no pay order is reserved or charged twice']) {
    await expect(
      books
        .getByRole('row', { name: new RegExp(name) })
        .locator('td')
        .last(),
    ).toHaveText('✓');
  }
  // Whatever V1 left stuck is named as a case of the note.
  const stuck = page.getByRole('region', { name: /Left stuck/ });
  if (await stuck.count()) {
    await expect(stuck.getByText('not a case of the note')).toHaveCount(0);
    // Each of the first stuck trades opens its own sequence diagram, drawn from the events the run sent back.
    const first = stuck.getByRole('button').first();
    const tradeId = (await first.textContent())!;
    await first.click();
    await expect(first).toHaveAttribute('aria-pressed', 'true');
    const story = stuck.getByRole('region', { name: `Story of ${tradeId}` });
    await expect(story.getByRole('img', { name: new RegExp(`^Sequence of trade ${tradeId}: \\d+ rows`) })).toBeVisible();
    await expect(story).toContainText(/→ stuck · /);
  }

  const after = await (await request.get('/api/consistency')).json();
  expect(after.total).toBe(before.total);

  // The run can be had again: the same command for a terminal, the report as a file, and a link.
  const replay = page.getByRole('region', { name: 'Run it again' });
  await expect(replay.locator('code')).toHaveText('npm run chaos -- --trades=200 --probability=0.1 --strategy=mixed --fence=on --seed=5');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    replay.getByRole('button', { name: 'Download report (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('chaos-run-seed-5.json');
  const saved = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(saved).toMatchObject({ options: { trades: 200, seed: 5 }, stuckCount: expect.any(Number) });
  await expect(page).toHaveURL(/\/chaos\?trades=200&probability=0\.1&strategy=mixed&fence=on&seed=5$/);

  // The README's picture is refreshed on request (SCREENSHOT=update); a plain run leaves the tree clean.
  const target = process.env.SCREENSHOT === 'update' ? 'public/chaos-run.png' : test.info().outputPath('chaos-run.png');
  await page.screenshot({ path: target, fullPage: true });
});

test('a link with run settings fills the form; one it cannot read says so and shows the defaults', async ({ page }) => {
  await page.goto('/chaos?trades=321&probability=0.25&strategy=v2&fence=off&seed=9&faults=rpc.duplicate');
  await page.locator('.evidence-page[data-ready="true"]').waitFor();
  const form = page.getByRole('form', { name: 'Chaos run' });
  await expect(form.getByLabel('Trades')).toHaveValue('321');
  await expect(form.getByLabel('Fault probability (%)')).toHaveValue('25');
  await expect(form.getByLabel('Strategy')).toHaveValue('v2');
  await expect(form.getByLabel('Provider fence')).toHaveValue('off');
  await expect(form.getByLabel('Seed')).toHaveValue('9');
  await expect(form.getByRole('checkbox', { name: 'Duplicate delivery' })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: 'Request lost' })).not.toBeChecked();
  await expect(page.getByRole('status')).toHaveText(/settings are filled in/);
  // A link names its world only when simulated: without one, it is the real hop's.
  await expect(form.getByRole('radio', { name: 'Real HTTP hop' })).toBeChecked();

  await page.goto('/chaos?world=simulated&trades=50000&seed=3');
  await page.locator('.evidence-page[data-ready="true"]').waitFor();
  await expect(form.getByRole('radio', { name: 'Simulated' })).toBeChecked();
  await expect(form.getByLabel('Trades')).toHaveValue('50000');
  await expect(form.getByLabel('Trades')).toHaveAttribute('max', '1000000');
  await expect(form.getByText(/a large simulated run takes a while/)).toBeVisible();

  await page.goto('/chaos?trades=many');
  await page.locator('.evidence-page[data-ready="true"]').waitFor();
  await expect(page.getByRole('status')).toHaveText(/were not understood \(trades: .+\); the defaults are shown/);
  await expect(form.getByLabel('Trades')).toHaveValue('1000');
  await expect(form.getByRole('radio', { name: 'Simulated' })).toBeChecked();
});

test("a simulated chaos run, the page's default, replays exactly: the same seed twice gives the same report", async ({ page }) => {
  await page.goto('/chaos');
  await page.locator('.evidence-page[data-ready="true"]').waitFor();
  const form = page.getByRole('form', { name: 'Chaos run' });
  await expect(form.getByRole('radio', { name: 'Simulated' })).toBeChecked();
  await expect(form.getByText('Seed', { exact: true })).toHaveAttribute('title', /the same seed replays the run exactly/i);
  await form.getByLabel('Trades').fill('150');
  await form.getByLabel('Fault probability (%)').fill('10');
  await form.getByLabel('Seed').fill('7');

  const status = page.getByRole('status');
  const replay = page.getByRole('region', { name: 'Run it again' });
  const caption = page.getByRole('region', { name: 'The run over time' }).locator('figcaption');
  const run = async () => {
    // Waiting for the answer, not only the status: the first run's status would match the second's at once.
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/chaos/run') && r.request().method() === 'POST'),
      form.getByRole('button', { name: 'Start chaos run' }).click(),
    ]);
    await expect(status).toHaveText(/^150 trades in [\d.]+ s · .* · money conserved to the cent$/, { timeout: 60_000 });
    await expect(page.getByRole('img', { name: /^Timeline of the run over virtual time/ })).toBeVisible();
    await expect(page.locator('figure.chaos-timeline[data-drawn="true"] canvas')).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      replay.getByRole('button', { name: 'Download report (JSON)' }).click(),
    ]);
    const { durationMs, ...report } = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(durationMs).toEqual(expect.any(Number));
    return { report, caption: await caption.textContent() };
  };

  const first = await run();
  expect(first.report).toMatchObject({ options: { world: 'simulated', trades: 150, seed: 7 }, timeline: { clock: 'virtual' } });
  expect(first.caption).toMatch(/^After [\d.]+ s of virtual time: \d+ consistent, 0 converging, \d+ stuck of 150 trades made;/);
  await expect(replay.locator('code')).toHaveText(
    'npm run chaos -- --sim --trades=150 --probability=0.1 --strategy=mixed --fence=on --seed=7',
  );
  await expect(replay).toContainText('the same seed replays the run exactly');
  await expect(page).toHaveURL(/\/chaos\?world=simulated&trades=150&probability=0\.1&strategy=mixed&fence=on&seed=7$/);

  // The plot follows its container's width.
  const canvas = page.locator('figure.chaos-timeline canvas');
  const wide = (await canvas.boundingBox())!.width;
  await page.setViewportSize({ width: 900, height: 800 });
  await expect.poll(async () => (await canvas.boundingBox())!.width).toBeLessThan(wide - 200);

  const second = await run();
  expect(second).toEqual(first);
});
