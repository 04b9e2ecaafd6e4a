import { expect, test, type Browser, type Page } from '@playwright/test';

test.use({ viewport: { width: 1280, height: 800 } });

/** A fresh browser that asks for `locale` (Playwright sends it as Accept-Language), on `path`, ready. */
async function open(browser: Browser, locale: string, path: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(path);
  await page.locator('[data-ready="true"]').first().waitFor();
  return page;
}

/** No message key may show through where a message is missing (next-intl shows the key). */
async function expectNoRawKeys(page: Page) {
  await expect(page.locator('body')).not.toContainText(
    /\b(?:matrix|chaos|nav|lab|stream|faults|topbar|lanes|story|events|sides|tradePage|verdicts|quadrants|explore|claims|dashboard|apiPage)\.[a-z]\w*/,
  );
}

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
  await expect(page.getByRole('status')).toHaveText(/^24 通过，0 失败 · [\d.]+ 秒 · HTTP 调用$/, { timeout: 30_000 });
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

test('the dashboard in Chinese: the faults, step mode, a card on the wire and the trade it made', async ({ browser, request }) => {
  const json = { 'content-type': 'application/json' };
  expect((await request.post('/api/reset', { headers: json, data: {} })).ok()).toBe(true);
  const page = await open(browser, 'zh-CN', '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle('一致性实验室');
  await expect(page.locator('.tagline')).toHaveText('一个本地事务和一次 rpc 调用——看它们失败，再看它们达到最终一致性');
  await expect(page.getByRole('combobox', { name: '主题' }).locator('option')).toHaveText(['跟随系统', '浅色', '深色']);
  const controls = page.getByRole('complementary', { name: '实验室控制' });
  await expect(controls.getByRole('group', { name: '策略' }).getByRole('button', { name: 'V2 · rpc不在事务中' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // The faults by the catalog's Chinese names; a switched-on one says what it does and how it fires.
  const faults = page.getByRole('region', { name: '故障' });
  const lost = faults.getByRole('switch', { name: '响应丢失' });
  await lost.click();
  await expect(lost).toHaveAttribute('aria-checked', 'true');
  await expect(lost).toHaveAccessibleDescription('服务提供方执行并提交；回复丢失 → 结果未知。');
  await expect(faults.getByRole('combobox', { name: '响应丢失 的方式' })).toHaveValue('always');
  await expect(faults.getByRole('combobox', { name: '响应丢失 的方式' }).locator('option:checked')).toHaveText('每次');
  await expect(faults.getByRole('combobox', { name: '响应丢失 的操作' }).locator('option:checked')).toHaveText('所有操作');
  await lost.click();
  await expect(lost).toHaveAttribute('aria-checked', 'false');

  // Step mode: the person becomes the network, in Chinese.
  const stepping = faults.getByRole('group', { name: '单步模式' });
  const step = stepping.getByRole('switch', { name: '单步走过网络' });
  await expect(stepping.getByRole('switch', { name: '也扣住本地提交' })).toHaveAccessibleDescription('需要先打开单步模式。');
  await step.click();
  await expect(step).toHaveAttribute('aria-checked', 'true');
  await expect(step).toHaveAccessibleDescription(/^每个调用都在线路上等你处理；调用方等待 \d+ 秒。关闭会投递所有等待中的消息。$/);
  const wire = page.getByRole('region', { name: '线路上' });
  await expect(wire).toContainText('没有等待的消息。');

  await controls.getByLabel('金额').fill('1.00');
  await expect(controls).toContainText('情况 1 · 无故障：两边都是 trySuccess。');
  await controls.getByRole('button', { name: '创建交易' }).click();
  const card = wire.locator('[data-held-id]');
  await expect(card).toHaveCount(1);
  const id = (await card.getAttribute('data-trade-id'))!;
  const heldId = (await card.getAttribute('data-held-id'))!;
  await expect(card.getByRole('heading')).toHaveText('try → 服务提供方');
  await expect(card).toContainText(/\d+ 秒后超时/);
  await expect(page.getByRole('status').filter({ hasText: '正在线路上等待' })).toHaveText('1 笔交易正在线路上等待：请在那里决定它的消息。');
  const actions = card.getByRole('group', { name: `${heldId} 会怎样` });
  await expect(actions.getByRole('button')).toHaveText(['投递', '丢失请求', '丢失回复', '迟到投递', '重复投递', '服务提供方拒绝']);
  await expect(actions.getByRole('button', { name: '丢失回复' })).toHaveAttribute('title', '服务提供方执行；回复丢失：结果未知。');
  await actions.getByRole('button', { name: '投递', exact: true }).click();
  await expect(card).toHaveCount(0);

  // The trade it made: its row, and the machine's card, in Chinese.
  const trades = page.getByRole('region', { name: '交易', exact: true });
  const row = trades.getByRole('row').filter({ has: page.getByRole('button', { name: `选择交易 ${id}` }) });
  await expect(row.getByRole('cell')).toHaveText([
    id,
    '1.00',
    'V2',
    'created',
    'trySuccess',
    'trySuccess',
    '两边都有',
    '一致',
    '1',
    '—',
    '打开',
  ]);
  await expect(trades.getByRole('columnheader')).toHaveText([
    '编号',
    '金额',
    '策略',
    '交易',
    '镜像',
    '服务提供方',
    '象限',
    '判定',
    '尝试次数',
    '下次重试',
    '页面',
  ]);
  await expect(row.getByRole('link', { name: `打开 ${id}` })).toHaveAttribute('href', `/trades/${id}`);
  const machine = page.getByRole('region', { name: new RegExp(`^支付单状态机 · 交易 ${id}`) });
  await expect(machine.getByRole('group', { name: '支付单状态机' }).getByRole('img')).toHaveAccessibleName(
    `${id} 的支付单状态机：调用方 trySuccess，服务提供方 trySuccess`,
  );
  await expect(machine.getByRole('group', { name: '动画速度' }).getByRole('radio', { name: '实时' })).toBeChecked();
  await expect(machine.getByRole('button', { name: '从 init 发出 cancel.requested' })).toHaveAccessibleDescription(
    '镜像处于 trySuccess：cancel.requested 走的是从 trySuccess 出发的边',
  );
  await expect(machine.getByRole('group', { name: `对交易 ${id} 的操作` }).getByRole('button')).toHaveText([
    '确认',
    '取消',
    '删除',
    '立即重试',
    '停止重试',
  ]);
  const side = page.getByRole('complementary', { name: '一致性和事件' });
  await expect(side.getByRole('region', { name: '一致性' })).toContainText('1 一致 · 0 收敛中 · 0 卡住');
  await expect(side.getByRole('region', { name: '实时事件' })).toContainText(`${id} 已创建 · 镜像 init`);
  await expectNoRawKeys(page);

  await step.click();
  await expect(step).toHaveAttribute('aria-checked', 'false');
  await page.context().close();
  expect((await request.post('/api/reset', { headers: json, data: {} })).ok()).toBe(true);
});

test('the dashboard in English is worded as it always was', async ({ browser, request }) => {
  const json = { 'content-type': 'application/json' };
  expect((await request.post('/api/reset', { headers: json, data: {} })).ok()).toBe(true);
  const page = await open(browser, 'en-US', '/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.tagline')).toHaveText('a local transaction and an RPC — watch them fail, and converge');
  const faults = page.getByRole('region', { name: 'Faults' });
  const lost = faults.getByRole('switch', { name: 'Response lost' });
  await lost.click();
  await expect(lost).toHaveAccessibleDescription('The provider executes and commits; the reply is dropped → unknown.');
  await expect(faults.getByRole('combobox', { name: 'Response lost mode' }).locator('option:checked')).toHaveText('always');
  await expect(faults.getByRole('combobox', { name: 'Response lost operation' }).locator('option')).toHaveText([
    'every op',
    'try only',
    'confirm only',
    'cancel only',
  ]);
  await lost.click();
  await expect(
    faults.getByRole('group', { name: 'Step mode' }).getByRole('switch', { name: 'Step through the network' }),
  ).toHaveAccessibleDescription('Hold every call the trade service makes, and decide its fate yourself.');
  const controls = page.getByRole('complementary', { name: 'Lab controls' });
  await controls.getByLabel('Amount').fill('1.00');
  await controls.getByRole('button', { name: 'Create trade' }).click();
  const trades = page.getByRole('region', { name: 'Trades', exact: true });
  const row = trades.getByRole('row').filter({ has: page.getByRole('button', { name: /^Select trade t-\d+$/ }) });
  await expect(row.getByRole('cell').nth(6)).toHaveText('both');
  await expect(row.getByRole('cell').nth(7)).toHaveText('consistent');
  await expect(row.getByRole('link', { name: /^Open t-\d+$/ })).toHaveText('open');
  await expect(trades.getByRole('columnheader')).toHaveText([
    'id',
    'amount',
    'strategy',
    'trade',
    'mirror',
    'provider',
    'quadrant',
    'verdict',
    'attempts',
    'next retry',
    'page',
  ]);
  const machine = page.getByRole('region', { name: /^Pay-order machine · trade t-\d+/ });
  await expect(machine.getByRole('button', { name: 'cancel.requested from init' })).toHaveAccessibleDescription(
    'the mirror is in trySuccess: cancel.requested takes the edge out of trySuccess',
  );
  await expect(machine.getByRole('button', { name: 'confirm.requested from trySuccess' })).toHaveAccessibleDescription(
    "Sends the Confirm button's request: POST /api/trades/:id/confirm",
  );
  await expect(
    page.getByRole('complementary', { name: 'Consistency and events' }).getByRole('region', { name: 'Consistency' }),
  ).toContainText('1 consistent · 0 converging · 0 stuck');
  await expectNoRawKeys(page);
  await page.context().close();
  expect((await request.post('/api/reset', { headers: json, data: {} })).ok()).toBe(true);
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
    await expect(page.getByRole('button', { name: /^(create|confirm|delete) V[12] case [1-4]$/ })).toHaveCount(24);
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
