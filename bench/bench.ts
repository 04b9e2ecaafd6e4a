/**
 * `npm run bench`: how fast the lab is, each figure against a baseline measured in the same
 * run on the same machine, so the ratios mean something where the absolute numbers do not.
 *
 *  (a) V2 create+confirm flows/s over the in-process transport ÷ raw better-sqlite3 doing the
 *      same commits — the flow's six transactions (4 on trade.db, 2 on pay.db) with their own
 *      reads and writes on the lab's schema, and nothing else              target ≥ 0.6
 *  (b) one recovery sweep over 10,000 unknown orders, orders/s ÷ (a)  target ≥ 0.5
 *  (c) POST /api/trades requests/s over the real HTTP hop ÷ a bare route doing the same
 *      commits: 1 on trade.db, 1 on pay.db behind the same HTTP hop, 1 on trade.db
 *                                                                     target ≥ 0.5
 *  (d) a simulated chaos run (mixed strategies, every fault at 5 %, recovery and
 *      reconciliation included), trades/s ÷ (a)                         target ≥ 0.5
 *  (e) V3 creates/s (a global transaction: begin, two registrations, the pay branch's Try,
 *      the trade branch's, commit, phase 2 on both) ÷ V2 creates/s, in-process, same run
 *      (DTM publishes its TCC with barrier at 0.43 of the rate without it)  target ≥ 0.5
 *
 * `--latency=MS` gives the labs of (a) and (e) that provider latency (0 by default), so V3 can be
 * set against V2 where the provider is not instant; (a)'s ratio then says what the latency costs
 * (and (b) and (d), measured against (a), no longer against their targets).
 *
 * Each also prints, for scale, a looser baseline: (a) six commits of one row into a one-column
 * table, (c) the bare route with its pay commit made in-process. They say what a commit and a
 * Next request cost on this machine; they are not the lab's work done without the lab.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inTransaction } from '@/db/prepared';
import { openBareCommits } from '@/lib/bench/bare-commits';
import { openSameWrites } from './same-writes';
import { chaosOptionsSchema } from '@/lib/chaos/chaos-options';
import { chaosRun } from '@/lib/chaos/chaos-run';
import { consistencyReport } from '@/lib/consistency/consistency-report';
import { createLab } from '@/lib/lab';
import { runRecoverySweep } from '@/lib/recovery/sweep';
import { createTrade } from '@/lib/trade/create-trade';
import { modifyTrade } from '@/lib/trade/modify-trade';
import { insertMirror } from '@/lib/trade/mirror-store';
import { insertRequest } from '@/lib/trade/request-log';
import { insertTrade } from '@/lib/trade/trade-rows';
import { payOrderIdFor, tradeIdOf } from '@/lib/trade/ids';
import { providerLatencySchema } from '@/lib/settings/settings';

const flowsPerRound = Number(process.env.BENCH_FLOWS ?? 3000);
const sweepOrders = Number(process.env.BENCH_ORDERS ?? 10_000);
const httpRequests = Number(process.env.BENCH_REQUESTS ?? 2000);
const chaosTrades = Number(process.env.BENCH_CHAOS_TRADES ?? 10_000);
const httpConcurrency = 8;
const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
/** The provider's latency for the labs of (a) and (e), ms. */
const latencyMs = providerLatencySchema.shape.ms.parse(Number(flag('latency') ?? 0));
const latencySettings = { providerLatency: { ms: latencyMs, jitterMs: 0 } };
const latencyNote = latencyMs ? `, provider latency ${latencyMs} ms` : '';
const rounds = 3;

const folders: string[] = [];
const tempDir = (name: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), `lab-bench-${name}-`));
  folders.push(dir);
  return dir;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rate = (count: number, ms: number) => (count / ms) * 1000;
const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 0 });
const verdict = (ratio: number, target: number) => `${ratio.toFixed(2)} (target ≥ ${target}) ${ratio >= target ? 'met' : 'NOT met'}`;

async function timed(run: () => unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** (a) Rounds alternate between the two sides, so a busy moment of the machine hits both. */
async function flows(): Promise<number> {
  const bare = openBareCommits(tempDir('bare'));
  const sameWrites = openSameWrites(tempDir('same'));
  const lab = createLab({ dataDir: tempDir('flows'), transport: 'in-process', settings: latencySettings });
  const flow = async (cents: number) => {
    const created = await createTrade(lab.trade, { amount: cents });
    if (!created.ok) throw new Error(created.error.message);
    const confirmed = await modifyTrade(lab.trade, created.value.tradeId, 'confirm');
    if (!confirmed.ok) throw new Error(confirmed.error.message);
  };
  const labRound = async (n: number) => {
    for (let i = 0; i < n; i++) await flow(1_000 + (i % 9_000));
  };
  const bareRound = (n: number) => {
    for (let i = 0; i < n; i++) bare.run(4, 2);
  };
  const sameRound = (n: number) => {
    for (let i = 0; i < n; i++) sameWrites(1_000 + (i % 9_000));
  };
  bareRound(300);
  sameRound(300);
  await labRound(300);
  const labMs: number[] = [];
  const bareMs: number[] = [];
  const sameMs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    bareMs.push(await timed(() => bareRound(flowsPerRound)));
    sameMs.push(await timed(() => sameRound(flowsPerRound)));
    labMs.push(await timed(() => labRound(flowsPerRound)));
  }
  bare.close();
  lab.close();
  const labRate = rate(flowsPerRound, median(labMs));
  const bareRate = rate(flowsPerRound, median(bareMs));
  const sameRate = rate(flowsPerRound, median(sameMs));
  console.log(
    `(a) V2 create+confirm, in-process${latencyNote}: ${fmt(labRate)} flows/s · raw better-sqlite3 doing the flow's 6 commits, same reads and writes: ${fmt(sameRate)} flows/s`,
  );
  console.log(`    ratio ${verdict(labRate / sameRate, 0.6)}`);
  console.log(
    `    for scale: 6 commits of one row into a one-column table, ${fmt(bareRate)} flows/s (ratio ${(labRate / bareRate).toFixed(2)})`,
  );
  return labRate;
}

/** (b) The orders are written straight into the mirror as a lost try leaves them: unknown, owing the try. */
async function sweep(flowRate: number): Promise<void> {
  const lab = createLab({ dataDir: tempDir('sweep'), transport: 'in-process' });
  const at = Date.now();
  inTransaction(lab.tradeDb, () => {
    for (let i = 0; i < sweepOrders; i++) {
      const request = insertRequest(lab.tradeDb, { idempotencyKey: null, amountCents: 100 + (i % 900), strategy: 'v2', requestedAt: at });
      const tradeId = tradeIdOf(request);
      insertTrade(lab.tradeDb, {
        id: tradeId,
        amountCents: request.amountCents,
        strategy: 'v2',
        status: 'created',
        createdAt: at,
        updatedAt: at,
      });
      insertMirror(lab.tradeDb, {
        id: payOrderIdFor(tradeId),
        tradeId,
        amountCents: request.amountCents,
        state: 'unknown',
        owed: 'try',
        updatedAt: at,
      });
    }
  });
  let converged = 0;
  const ms = await timed(async () => {
    converged = (await runRecoverySweep(lab.trade, { force: true })).convergedCount;
  });
  if (converged !== sweepOrders) throw new Error(`the sweep converged ${converged} of ${sweepOrders} orders`);
  const orders = rate(sweepOrders, ms);
  console.log(`(b) one recovery sweep over ${fmt(sweepOrders)} unknown orders: ${(ms / 1000).toFixed(2)} s, ${fmt(orders)} orders/s`);
  console.log(`    ratio to (a) ${verdict(orders / flowRate, 0.5)}`);
  let consistent = 0;
  const reportMs = await timed(() => {
    consistent = consistencyReport(lab).verdicts.consistent;
  });
  lab.close();
  console.log(
    `    then GET /api/consistency's report over those ${fmt(sweepOrders)} trades: ${fmt(reportMs)} ms (${fmt(consistent)} consistent)`,
  );
}

/** (d) The whole chaos run in the simulated world: flows, faults, recovery, reconciliation, the books. */
async function simulatedChaos(flowRate: number): Promise<void> {
  const options = chaosOptionsSchema.parse({ world: 'simulated', trades: chaosTrades, seed: 1 });
  let report: Awaited<ReturnType<typeof chaosRun>> | undefined;
  const ms = await timed(async () => {
    report = await chaosRun(options);
  });
  const trades = rate(chaosTrades, ms);
  console.log(
    `(d) simulated chaos run, ${fmt(chaosTrades)} mixed trades, every fault at 5 %: ${(ms / 1000).toFixed(1)} s, ${fmt(trades)} trades/s ` +
      `(${fmt(report!.recovery.attempts)} retries, ${fmt(report!.stuckCount)} stuck), peak RSS ${fmt(process.resourceUsage().maxRSS / 1024)} MB`,
  );
  console.log(`    ratio to (a) ${verdict(trades / flowRate, 0.5)}`);
}

/** (e) The coordinator's price: creates alone, V3 against V2, rounds alternating on one lab each. */
async function coordinatorCreates(): Promise<void> {
  const labs = (['v2', 'v3'] as const).map((strategy) => ({
    strategy,
    lab: createLab({ dataDir: tempDir(`creates-${strategy}`), transport: 'in-process', settings: latencySettings }),
    ms: [] as number[],
  }));
  const round = async (lab: (typeof labs)[number]['lab'], strategy: 'v2' | 'v3', n: number) => {
    for (let i = 0; i < n; i++) {
      const created = await createTrade(lab.trade, { amount: 1_000 + (i % 9_000), strategy });
      if (!created.ok) throw new Error(created.error.message);
    }
  };
  for (const { lab, strategy } of labs) await round(lab, strategy, 300);
  for (let r = 0; r < rounds; r++) for (const side of labs) side.ms.push(await timed(() => round(side.lab, side.strategy, flowsPerRound)));
  const [v2, v3] = labs.map((side) => {
    side.lab.close();
    return rate(flowsPerRound, median(side.ms));
  }) as [number, number];
  console.log(`(e) creates, in-process${latencyNote}: V3 (a coordinator) ${fmt(v3)} creates/s · V2 ${fmt(v2)} creates/s`);
  console.log(`    ratio ${verdict(v3 / v2, 0.5)} (DTM's TCC with barrier: 0.43 of the rate without it)`);
}

/** (c) A real `next start`, loaded from this process over loopback. */
async function http(): Promise<void> {
  const port = 3200 + Math.floor(Math.random() * 500);
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['scripts/start.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: tempDir('http'),
      LAB_BENCH: '1',
      RECOVERY_WORKER: 'off',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitFor(`${base}/api/faults`, 300_000);
    const post = async (route: string, body: unknown, expected: number) => {
      const res = await fetch(`${base}${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (res.status !== expected) throw new Error(`${route} answered ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
    };
    const load = async (route: string, body: unknown, count: number) => {
      let sent = 0;
      const client = async () => {
        while (sent++ < count) await post(route, body, 201);
      };
      return timed(() => Promise.all(Array.from({ length: httpConcurrency }, client)));
    };
    await load('/api/trades', { amount: '1.23' }, 300);
    await load('/api/bench/bare', {}, 300);
    await load('/api/bench/bare?hop=1', {}, 300);
    const tradeMs: number[] = [];
    const bareMs: number[] = [];
    const hopMs: number[] = [];
    for (let r = 0; r < rounds; r++) {
      bareMs.push(await load('/api/bench/bare', {}, httpRequests));
      hopMs.push(await load('/api/bench/bare?hop=1', {}, httpRequests));
      tradeMs.push(await load('/api/trades', { amount: '1.23' }, httpRequests));
    }
    const trades = rate(httpRequests, median(tradeMs));
    const bare = rate(httpRequests, median(bareMs));
    const hop = rate(httpRequests, median(hopMs));
    console.log(
      `(c) POST /api/trades over HTTP (${httpConcurrency} clients): ${fmt(trades)} req/s · bare route, same 3 commits, the pay one behind the same hop: ${fmt(hop)} req/s`,
    );
    console.log(`    ratio ${verdict(trades / hop, 0.5)}`);
    console.log(
      `    for scale: the bare route making all 3 commits in-process, one request, ${fmt(bare)} req/s (ratio ${(trades / bare).toFixed(2)})`,
    );
  } finally {
    server.kill('SIGTERM');
  }
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

console.log(
  `Consistency Lab benchmark · ${os.cpus()[0]?.model ?? 'unknown CPU'} · ${os.cpus().length} cores · node ${process.version}${latencyNote}`,
);
// --only=a,b,d,e (say) runs those figures alone; (b) and (d) are measured against (a).
const only = flag('only')?.split(',');
const wanted = (figure: string) => !only || only.includes(figure);
try {
  if (wanted('a') || wanted('b') || wanted('d')) {
    const flowRate = await flows();
    if (wanted('b')) await sweep(flowRate);
    if (wanted('d')) await simulatedChaos(flowRate);
  }
  if (wanted('e')) await coordinatorCreates();
  if (wanted('c')) await http();
} finally {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
}
