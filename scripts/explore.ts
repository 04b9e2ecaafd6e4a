/**
 * `npm run explore -- [--depth=N] [--strategy=v1,v2] [--fence=on,off] [--sequence=…] [--json]`:
 * every fault schedule within the bound, the note's claims checked over them. Exits 0 when every
 * claim comes out as the note predicts, 1 otherwise (naming what broke), 2 on a bad argument.
 * `--replay=ID` plays one schedule again and tells its story.
 */
import { explore, replaySchedule, type ExploreReport } from '@/lib/explore/explore';
import { parseExploreArgs } from '@/lib/explore/explore-options';
import { explorerKit } from '@/lib/explorer-kit';

const parsed = parseExploreArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(parsed.error.message);
  process.exit(2);
}
const { options, json, replay } = parsed.value;
const count = (n: number) => n.toLocaleString('en');

if (replay) {
  const replayed = await replaySchedule(replay, explorerKit);
  if (!replayed) {
    console.error(`${replay} is not a schedule id (strategy.fence.sequence.dDEPTH.decisions, e.g. v1.on.create-confirm.d3.01)`);
    process.exit(2);
  }
  if (json) console.log(JSON.stringify(replayed, null, 2));
  else {
    console.log(`${replayed.id}: ${replayed.told}`);
    for (const c of replayed.outcome.choices.filter((c) => c.taken)) console.log(`  took: ${c.label}`);
    for (const e of replayed.story?.events ?? [])
      console.log(`  ${String(e.at % 100_000).padStart(6)} ms  ${e.source.padEnd(5)} ${e.type} ${JSON.stringify(e.detail)}`);
    for (const p of replayed.properties) console.log(`  ${p.kept ? '✓' : '✗'} ${p.title}`);
  }
  process.exitCode = replayed.properties.every((p) => p.kept) ? 0 : 1;
} else {
  if (!json)
    console.log(
      `every schedule with up to ${options.depth} faulty steps · ${options.strategies.join(', ').toUpperCase()} · fence ${options.fences.join(', ')} · ${options.sequences.join(', ')}`,
    );
  let lastTold = 0;
  const report = await explore(options, explorerKit, (p) => {
    if (p.total - lastTold < 500) return;
    lastTold = p.total;
    console.error(`… ${count(p.total)} schedules (${p.configuration.strategy} fence ${p.configuration.fence} ${p.configuration.sequence})`);
  });
  if (json) console.log(JSON.stringify(report, null, 2));
  else tell(report);
  process.exitCode = report.ok ? 0 : 1;
}

function tell(r: ExploreReport): void {
  console.log(
    `${count(r.schedules)} schedules (${count(r.merged)} met a state already explored), ${count(r.distinctEndStates)} distinct end states, ` +
      `${(r.durationMs / 1000).toFixed(1)} s, ${count(r.schedulesPerSecond)} schedules/s`,
  );
  for (const p of r.properties) {
    const scope = `${p.strategy === 'every' ? 'every strategy' : p.strategy.toUpperCase()}, fence ${p.fence}`;
    const counted =
      p.kind === 'reachable' ? `${count(p.matching)} of ${count(p.schedules)} schedules show it` : `${count(p.schedules)} schedules`;
    console.log(`${p.asPredicted ? '✓' : '✗'} ${p.verdict.toUpperCase().padEnd(11)} ${p.title} — ${scope}; ${counted}`);
    if (p.verdict === 'fails') {
      console.log(`    the note says: ${p.claim}. ${count(p.matching)} of ${count(p.schedules)} schedules do not hold it:`);
      for (const c of p.classes) {
        console.log(`    ${count(c.schedules)} × ${c.description}`);
        console.log(`        shortest: ${c.shortest.faults} fault(s), ${c.shortest.steps} choice points · ${c.shortest.replay}`);
      }
      console.log(`    why: ${p.classes[0]?.why}`);
    }
    if (p.verdict === 'reached') console.log(`    shortest: ${p.classes[0]?.shortest.told} · ${p.classes[0]?.shortest.replay}`);
  }
  tellCost(r);
  console.log(r.ok ? 'every claim as the note predicts' : `not as the note predicts: ${r.broken.join('; ')}`);
}

/** Per configuration with the fence on: what its fault-free schedule cost, and the longest in-doubt window any schedule showed. */
function tellCost(r: ExploreReport): void {
  console.log('\nwhat each costs (fault-free schedule) · the longest in-doubt window (the sides differ)');
  for (const c of r.configurations.filter((c) => c.fence === 'on'))
    console.log(
      `  ${c.strategy.toUpperCase()} ${c.sequence.padEnd(21)} ${String(c.faultFree.messages).padStart(3)} messages ${String(c.faultFree.commits).padStart(3)} commits · in doubt ${c.inDoubt.steps} deliveries, ${c.inDoubt.ms} ms`,
    );
}
