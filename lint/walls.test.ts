import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Each wall of DESIGN.md, crossed on purpose in a file written for the moment: the lint config
 * must name the crossing. A wall that stopped firing would otherwise fail silently.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, source: string): Promise<string[]> {
  // The import plugin reads the linted file from disk, so it has to exist while it is linted.
  const scratch = path.join(path.dirname(filePath), `wall-probe-${path.basename(filePath)}`);
  writeFileSync(scratch, source);
  try {
    const [result] = await eslint.lintFiles([scratch]);
    return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
  } finally {
    rmSync(scratch, { force: true });
  }
}

// Loading the whole lint config takes seconds on a cold start.
describe('the walls of DESIGN.md, as lint rules', { timeout: 60_000 }, () => {
  it.each([
    [
      'the trade service imports the pay service',
      'lib/trade/crossing.ts',
      "import { tryPayment } from '@/lib/pay/try';",
      /only through lib\/rpc/,
    ],
    [
      'the trade service imports the pay database',
      'lib/trade/crossing.ts',
      "import { account } from '@/db/pay/schema';",
      /pay service's database/,
    ],
    [
      'a strategy imports the pay service',
      'lib/strategies/v2/crossing.ts',
      "import { cancelPayment } from '@/lib/pay/cancel';",
      /only through lib\/rpc/,
    ],
    [
      'a strategy reads the pay database',
      'lib/strategies/v1/crossing.ts',
      "import { fence } from '@/db/pay/schema';",
      /pay service's database/,
    ],
    [
      'the coordinator imports a branch owner',
      'lib/coordinator/crossing.ts',
      "import { findTrade } from '@/lib/trade/trade-rows';",
      /the coordinator touches only its own database/,
    ],
    [
      'the coordinator reads the pay database',
      'lib/coordinator/crossing.ts',
      "import { fence } from '@/db/pay/schema';",
      /the coordinator touches only its own database/,
    ],
    [
      'the trade service reads the coordinator database',
      'lib/trade/crossing.ts',
      "import { globalTransaction } from '@/db/tc/schema';",
      /nor the coordinator's/,
    ],
    [
      'recovery imports the pay service',
      'lib/recovery/crossing.ts',
      "import { reconcile } from '@/lib/pay/reconcile';",
      /only through lib\/rpc/,
    ],
    [
      'the RPC client calls the provider directly',
      'lib/rpc/crossing.ts',
      "import { handlePayRequest } from '../pay/endpoints';",
      /only through lib\/rpc/,
    ],
    [
      'the pay service reads the trade database',
      'lib/pay/crossing.ts',
      "import { tradeOrder } from '@/db/trade/schema';",
      /only its own database/,
    ],
    [
      'the pay service knows its caller',
      'lib/pay/crossing.ts',
      "import { createTrade } from '@/lib/trade/create-trade';",
      /nothing of its caller/,
    ],
    [
      'the explorer imports a strategy',
      'lib/explore/crossing.ts',
      "import { v2Strategy } from '@/lib/strategies/v2/v2.strategy';",
      /handed their strategies/,
    ],
    ['the machine does I/O', 'lib/pay-order/crossing.ts', "import { readFileSync } from 'node:fs';", /imports only xstate/],
    [
      'the machine imports a service',
      'lib/pay-order/crossing.ts',
      "import { callFor } from '@/lib/trade/operations';",
      /nothing that does I\/O/,
    ],
    [
      "the coordinator's machines do I/O",
      'lib/global-tx/crossing.ts',
      "import { readFileSync } from 'node:fs';",
      /the coordinator's machines import only xstate/,
    ],
    [
      "the coordinator's machines import a service",
      'lib/global-tx/crossing.ts',
      "import { callFor } from '@/lib/trade/operations';",
      /nothing that does I\/O/,
    ],
    ['db/ imports lib/', 'db/trade/crossing.ts', "import { formatCents } from '@/lib/money/money';", /db\/ imports nothing from lib\//],
    ['lib/ imports app/', 'lib/crossing.ts', "import Home from '@/app/page';", /lib\/ imports nothing from app\//],
  ])('%s: refused', async (_wall, filePath, source, expected) => {
    expect((await problems(filePath, `${source}\nexport const use = [${source.match(/import \{? ?(\w+)/)?.[1]}];\n`)).join('\n')).toMatch(
      expected,
    );
  });

  it.each([
    ['the trade service imports the pay contract', 'lib/strategies/v2/send-owed.ts'],
    ['the auditor reads both services', 'lib/consistency/audit.ts'],
    ['the composition root wires both services', 'lib/lab.ts'],
  ])('%s: allowed (%s)', async (_door, filePath) => {
    const [result] = await eslint.lintFiles([filePath]);
    expect(result?.messages.filter((m) => m.severity === 2)).toEqual([]);
  });

  it.each([
    ['compared', "export const v1Only = (s: string) => s === 'v1';"],
    [
      'switched on',
      "export const label = (strategy: string) => { switch (strategy) { case 'v2': return 'outside'; default: return ''; } };",
    ],
    ['listed', "export const names = ['v1', 'v2'];"],
    ['keyed by', 'export const counts = { v1: 0, v2: 0 };'],
    ['read as a field', 'export const stuck = (r: { byStrategy: { v2: { stuck: number } } }) => r.byStrategy.v2.stuck;'],
  ])("a strategy's name %s outside its own folder: refused", async (_how, source) => {
    const found = await problems('lib/chaos/crossing.ts', source);
    expect(found.length).toBeGreaterThan(0);
    for (const problem of found) expect(problem).toMatch(/^lab\/no-strategy-name: a strategy's name is spoken only/);
    expect(await problems('lib/strategies/v1/crossing.ts', source)).toEqual([]);
  });

  it("an event's type may share a strategy's name", async () => {
    expect(await problems('app/crossing.ts', "export const decision = (e: { type: string }) => e.type === 'v1';")).toEqual([]);
  });

  it('finds an import circle', async () => {
    const [a, b] = ['lib/wall-probe-circle-a.ts', 'lib/wall-probe-circle-b.ts'];
    writeFileSync(a, "import { b } from './wall-probe-circle-b';\nexport const a = () => b;\n");
    writeFileSync(b, "import { a } from './wall-probe-circle-a';\nexport const b = () => a;\n");
    try {
      const results = await eslint.lintFiles([a, b]);
      expect(results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(['import/no-cycle', 'import/no-cycle']);
    } finally {
      rmSync(a, { force: true });
      rmSync(b, { force: true });
    }
  });
});
