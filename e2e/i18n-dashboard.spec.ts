import { expect, test } from '@playwright/test';
import { expectNoRawKeys, open } from './i18n-browser';

test.use({ viewport: { width: 1280, height: 800 } });

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
