import { expect, test } from '@playwright/test';
import { expectNoRawKeys, open } from './i18n-browser';

test.use({ viewport: { width: 1280, height: 800 } });

test('a browser that asks for Chinese gets the matrix in Chinese, its cases named in the note’s own phrases', async ({ browser }) => {
  const page = await open(browser, 'zh-CN', '/matrix');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle('情况矩阵 · 一致性实验室');
  await expect(page.getByRole('navigation', { name: '实验室' }).getByRole('link', { name: '情况矩阵' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('情况矩阵');

  // The note's table rows: "3.本地事务成功，rpc失败" with the RPC inside the transaction, and
  // "本地事务失败，不调用rpc" outside it; its verdicts too.
  const cell = (name: string) => page.getByRole('button', { name, exact: true });
  await expect(cell('创建 V1 情况 3')).toContainText('本地事务成功，rpc失败 · 请求丢失，V1 假定成功');
  await expect(cell('创建 V1 情况 3')).toContainText('可以通过幂等+重试达到最终一致性');
  await expect(cell('创建 V1 情况 4')).toContainText('本地事务失败，rpc成功');
  await expect(cell('创建 V1 情况 4')).toContainText('无法通过幂等+重试达到最终一致性');
  await expect(cell('创建 V2 情况 2')).toContainText('本地事务失败，不调用rpc');
  await expect(cell('创建 V2 情况 3')).toContainText('unknown（欠 try）, — → trySuccess, trySuccess');
  await expect(cell('确认 V1 情况 1')).toContainText('理想情况');
  await expect(page.getByRole('rowgroup').getByRole('rowheader', { name: /^修改类，例如：确认支付/ })).toBeVisible();
  await expect(cell('创建 V1 情况 4')).toHaveAttribute('title', /本地数据不存在，无法发起rpc调用/);

  await page.getByRole('button', { name: '运行全部情况' }).click();
  await expect(page.getByRole('status')).toHaveText(/^36 通过，0 失败 · [\d.]+ 秒 · HTTP 调用$/, { timeout: 30_000 });
  await cell('确认 V1 情况 3').click();
  const story = page.getByRole('region', { name: /确认 V1 情况 3/ });
  await expect(story).toContainText('因为本地数据已变更，无法就本地数据再次发起rpc调用');
  await expect(story.getByRole('row', { name: /流程刚结束/ })).toContainText('confirmed, trySuccess');
  const books = page.getByRole('region', { name: '账目，精确到分' });
  await expect(books).toContainText(/无法通过幂等\+重试达到最终一致性：t-\d+（确认 V1 情况 3）/);
  await expectNoRawKeys(page);
  await page.context().close();
});

test('a chaos run in Chinese: the form, the report and the stuck trades named in the note’s own phrases', async ({ browser }) => {
  const page = await open(browser, 'zh-CN', '/chaos?world=simulated&trades=300&probability=0.3&strategy=v1&fence=on&seed=3');
  await expect(page).toHaveTitle('混沌 · 一致性实验室');
  const form = page.getByRole('form', { name: '混沌运行' });
  await expect(form.getByRole('radiogroup', { name: '环境' }).getByRole('radio', { name: '模拟' })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: '请求丢失' })).toBeVisible();
  await expect(form.getByLabel('交易数')).toHaveValue('300');
  await expect(page.getByRole('status')).toHaveText('已填入链接里的设置：按“开始混沌运行”即可再运行一次。');
  await form.getByRole('button', { name: '开始混沌运行' }).click();
  await expect(page.getByRole('status')).toHaveText(
    /^300 笔交易，用时 [\d.]+ 秒 · V1：300 笔中 \d+ 笔一致，\d+ 笔卡住 · 资金守恒，精确到分$/,
    {
      timeout: 60_000,
    },
  );
  await expect(page.getByRole('region', { name: '运行的时间线' }).locator('figcaption')).toHaveText(/^虚拟时间 [\d.]+ 秒之后：/);
  // What V1 left stuck, each named by its case in the note's words.
  const stuck = page.getByRole('region', { name: /^卡住的交易：/ });
  const reasons = stuck.locator('tbody td:last-child');
  await expect(reasons.first()).toBeVisible();
  for (const reason of await reasons.allTextContents()) {
    expect(reason).toMatch(/「本地事务(成功|失败)，rpc(成功|失败)」|V1 假定两次丢失的调用都成功了/);
  }
  await expect(page.getByRole('region', { name: '再运行一次' }).locator('code')).toHaveText(
    'npm run chaos -- --sim --trades=300 --probability=0.3 --strategy=v1 --fence=on --seed=3',
  );
  await expectNoRawKeys(page);
  await page.context().close();
});

test('a trade’s page in Chinese: its diagram, its replay, its story and both sides', async ({ browser, request }) => {
  const json = { 'content-type': 'application/json' };
  expect((await request.post('/api/reset', { headers: json, data: {} })).ok()).toBe(true);
  expect((await request.put('/api/faults/rpc.response_lost', { headers: json, data: { mode: 'once' } })).ok()).toBe(true);
  const created = await request.post('/api/trades', { headers: json, data: { amount: '11.11' } });
  const { id } = (await created.json()) as { id: string };
  expect((await request.post('/api/recovery/run', { headers: json, data: { force: true } })).ok()).toBe(true);

  const page = await open(browser, 'zh-CN', `/trades/${id}`);
  await expect(page).toHaveTitle(`${id} · 一致性实验室`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${id} · 11.11 · V2`);
  await expect(page.locator('.tp-crumb')).toHaveText(`交易 ${id}`);
  await expect(page.getByRole('img', { name: new RegExp(`^交易 ${id} 的时序图：\\d+ 行`) })).toBeVisible();
  await expect(page.locator('.lane-head').first()).toHaveText('客户端');
  await expect(page.locator('[data-broken="true"]')).toContainText('回复丢失（故障：响应丢失）');
  await expect(page.locator('.tp-story')).toContainText('，故障：“响应丢失” → 重试后修复 · 两边都有 · 现在一致');
  const replay = page.getByRole('slider', { name: '回放' });
  const total = Number(await replay.getAttribute('max'));
  await expect(page.getByText(`第 ${total} / ${total} 步`)).toBeVisible();
  await expect(page.getByRole('group', { name: `对交易 ${id} 的操作` }).getByRole('button', { name: '立即重试' })).toBeDisabled();
  const sides = page.getByRole('region', { name: '两边现在的状态' });
  await expect(sides).toContainText('调用方 镜像 trySuccess');
  await expect(sides).toContainText('服务提供方 支付单 trySuccess · 11.11 · 预占 1 次');
  await expect(sides).toContainText('一致 · 两边都有');
  await expectNoRawKeys(page);
  await page.context().close();
  expect((await request.post('/api/reset', { headers: json, data: {} })).ok()).toBe(true);
});

test('an exploration in Chinese: the bounds, the claims in the note’s own words, a counterexample', async ({ browser }) => {
  const page = await open(browser, 'zh-CN', '/explore?depth=1&strategy=v1&fence=on&sequence=create-confirm');
  await expect(page).toHaveTitle('穷举 · 一致性实验室');
  await expect(page.getByRole('status')).toHaveText('已填入链接里的界限：按“运行穷举”即可再走一遍。');
  const form = page.getByRole('form', { name: '穷举界限' });
  await expect(form.getByLabel('每个调度的故障数（深度）')).toHaveValue('1');
  await expect(form.getByRole('checkbox', { name: '创建，然后确认', exact: true })).toBeChecked();
  await form.getByRole('button', { name: '运行穷举' }).click();
  await expect(page.getByRole('status')).toHaveText(/^19 个调度，用时 [\d.]+ 秒 · 2 条论断不如笔记所料$/, { timeout: 30_000 });

  const claims = page.getByRole('region', { name: '笔记的论断，在每个调度上检验' });
  await expect(claims.locator('tr[data-property="invariant.moneyConserved"]')).toContainText('资金守恒');
  await expect(claims.locator('tr[data-property="invariant.moneyConserved"]')).toContainText('✓ 成立');
  const repaired = claims.locator('tr[data-property="v1.create-3-repaired"]');
  await expect(repaired).toContainText('✗ 不成立');
  await expect(repaired).toContainText('可以通过幂等+重试达到最终一致性：可以就本地已经存在的数据，再次发起rpc调用');

  const findings = page.getByRole('region', { name: '笔记说法不成立的地方' });
  const claim = findings.getByRole('article', { name: /V1：创建类情况 3 通过重试修复/ });
  await expect(claim.getByText('try 上的请求丢失')).toBeVisible();
  await expect(claim.getByRole('img', { name: /^交易 t-1 的时序图：\d+ 行/ })).toBeVisible();
  await expect(claim.getByRole('button', { name: '导出 JSON' })).toBeVisible();
  await expectNoRawKeys(page);
  await page.context().close();
});

test('the API page in Chinese: its own words; RapiDoc stays as it is', async ({ browser }) => {
  const page = await open(browser, 'zh-CN', '/api');
  await expect(page).toHaveTitle('API · 一致性实验室');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('API');
  const intro = page.locator('section.api-intro');
  await expect(intro).toContainText('实验室的每个路由都写在一份 OpenAPI 3.1 文档里');
  await expect(intro.getByRole('link', { name: '/api/openapi.json' })).toHaveAttribute('href', '/api/openapi.json');
  await expect(intro.locator('code')).toHaveText('{"error":{"code","message"}}');
  await expectNoRawKeys(page);
  await page.context().close();
});

for (const locale of ['en-US', 'fr-FR']) {
  test(`a browser that asks for ${locale} gets English, every accessible name as before`, async ({ browser }) => {
    const page = await open(browser, locale, '/matrix');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Matrix · Consistency Lab');
    const nav = page.getByRole('navigation', { name: 'Lab' });
    for (const name of ['Explorer', 'Matrix', 'Chaos', 'Explore']) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The case matrix');
    await expect(page.locator('section.cases-table')).toHaveAttribute('aria-label', 'The case matrix');
    await expect(page.getByRole('button', { name: 'Run every case' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^(create|confirm|delete) V[1-3] case [1-4]$/ })).toHaveCount(36);
    const cell = page.getByRole('button', { name: 'create V1 case 3', exact: true });
    await expect(cell).toHaveText('Request lost, V1 assumes success created, — → created, trySuccess repaired by retry');
    await expect(page.getByRole('status')).toHaveText('Not run yet: the table shows what the note expects.');
    // The switch is there, in English's own words and Chinese's, English pressed.
    const languages = page.getByRole('group', { name: 'Language' });
    await expect(languages.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await expect(languages.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'false');
    await expect(languages.getByRole('button', { name: '中文' })).toHaveAttribute('lang', 'zh-CN');
    await expectNoRawKeys(page);
    await page.context().close();
  });
}

test('the switch in the top bar changes the language, and the choice is remembered across visits', async ({ browser }) => {
  const page = await open(browser, 'en-US', '/matrix');
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('情况矩阵');
  await expect(page.getByRole('group', { name: '语言' }).getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');

  // Remembered: after a reload, and on another page, whatever the browser asks for.
  await page.reload();
  await page.locator('[data-ready="true"]').first().waitFor();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: '运行全部情况' })).toBeVisible();
  await page.goto('/');
  await page.locator('[data-ready="true"]').first().waitFor();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('navigation', { name: '实验室' })).toBeVisible();

  // And back, from the dashboard's own top bar.
  await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Lab' })).toBeVisible();
  await page.goto('/matrix');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The case matrix');
  await page.context().close();
});

test('a browser that asks for Chinese but chose English keeps English', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: test.info().project.use.baseURL! }]);
  const page = await context.newPage();
  await page.goto('/matrix');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The case matrix');
  await context.close();
});
