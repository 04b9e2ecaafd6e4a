/**
 * `npm run chaos -- --sim --trades=2000 --probability=0.1 --strategy=mixed --fence=on --seed=1 [--json]`:
 * the Chaos page's run from the command line (same fields and defaults as POST /api/chaos/run;
 * `--sim` runs it in the simulated world). `--json` prints the whole report on stdout — for a
 * simulated run the same bytes for the same seed, but for its wall-clock durationMs.
 * With the fence on, exits 1 if a trade of a strategy promised to converge (V2) ends stuck, or an invariant fails after reconciliation.
 */
import { chaosRun } from '@/lib/chaos/chaos-run';
import { parseChaosArgs } from '@/lib/chaos/chaos-args';
import { cardOf, strategies } from '@/lib/strategies/catalog';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const args = parseChaosArgs(argv.filter((a) => a !== '--json'));
if (!args.ok) {
  console.error(args.error.message);
  process.exit(2);
}
const options = args.value;
// With --json, stdout carries the report alone.
const say = json ? (line: string) => console.error(line) : (line: string) => console.log(line);
// The provider's latency is named only when asked for: a run without it reads as before.
const latency =
  options.latencyMs || options.jitterMs ? ` · provider latency ${options.latencyMs ?? 0} ms + up to ${options.jitterMs ?? 0} ms` : '';
say(
  `${options.trades} trades · ${options.world === 'simulated' ? 'simulated world' : 'real HTTP hop'} · ${options.strategy} · faults at ${options.probability * 100} % · fence ${options.providerFence} · seed ${options.seed}${latency}`,
);
// Progress on stderr, a line per tenth of the trades and per sweep: a 10,000-trade run takes minutes.
const step = Math.max(1, Math.round(options.trades / 10));
const started = Date.now();
const r = await chaosRun(options, (p) => {
  if (p.stage === 'flows' && (p.done % step === 0 || p.done === p.trades)) console.error(`… ${p.done} of ${p.trades} trades made`);
  if (p.stage === 'recovery' && p.sweeps > 0) console.error(`… recovery sweep ${p.sweeps + 1} (${p.retries} retries so far)`);
});
const promiseBroken = strategies.some((s) => cardOf(s).convergesWithFence && r.byStrategy[s].stuck > 0);
const failed = options.providerFence === 'on' && (promiseBroken || r.stages.afterReconcile.invariants.some((i) => !i.ok));
process.exitCode = failed ? 1 : 0;
if (json) {
  console.log(JSON.stringify(r, null, 2));
  console.error(
    `${((Date.now() - started) / 1000).toFixed(1)} s, ${Math.round(options.trades / ((Date.now() - started) / 1000))} trades/s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
} else tell();

function tell(): void {
  for (const [strategy, row] of Object.entries(r.byStrategy)) {
    if (row.trades)
      console.log(
        `${strategy.toUpperCase()}: ${row.trades} trades · ${row.consistent} consistent · ${row.converging} converging · ${row.stuck} stuck`,
      );
  }
  console.log(
    `faults fired: ${
      Object.entries(r.faultsFired)
        .map(([id, n]) => `${id} ${n}×`)
        .join(', ') || 'none'
    }`,
  );
  console.log(
    `recovery: ${r.recovery.sweeps} sweeps, ${r.recovery.attempts} retries${r.recovery.settled ? '' : ' — still owed when the sweeps ran out'}; reconciliation cancelled ${r.reconciled}`,
  );
  const { cost } = r;
  console.log(
    `cost: ${cost.perOperation.messages} messages and ${cost.perOperation.commits} local commits per operation (${cost.operations} operations); recovery ${cost.recovery.messages} messages, ${cost.recovery.commits} commits`,
  );
  for (const [stage, books] of Object.entries(r.stages)) {
    const broken = books.invariants.filter((i) => !i.ok).map((i) => `${i.id} (${i.witnessCount})`);
    console.log(
      `${stage}: ${books.verdicts.consistent} consistent, ${books.verdicts.converging} converging, ${books.verdicts.stuck} stuck · ${broken.join(', ') || 'every invariant holds'}`,
    );
  }
  console.log(r.stages.afterReconcile.invariants.find((i) => i.id === 'moneyConserved')?.detail ?? '');
  const kinds = new Map<string, number>();
  for (const s of r.stuck) kinds.set(s.explanation, (kinds.get(s.explanation) ?? 0) + 1);
  for (const [why, n] of kinds) console.log(`  ${n} × ${why}`);
  if (r.stuck.length < r.stuckCount) console.log(`  (the first ${r.stuck.length} of ${r.stuckCount} stuck trades)`);
  console.log(
    `${(r.durationMs / 1000).toFixed(1)} s · ${Math.round(options.trades / (r.durationMs / 1000))} trades/s · peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}
