/**
 * `npm run same-reports [-- --record]`: runs the lab's three reporting commands — the matrix,
 * a simulated chaos run, the explorer — and compares what they print with the outputs kept in
 * scripts/recorded/, wall-clock figures aside. A restructuring that changes no behaviour must
 * leave them identical; a change that means to alter a report records them again (`--record`)
 * and says so in its commit. Exits 1 on a difference, naming the first line that differs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const recorded = path.join(root, 'scripts', 'recorded');

/** Fields measured on the wall clock: they differ run to run by nature. */
const wallClock = new Set(['durationMs', 'schedulesPerSecond']);

const json = (text: string) =>
  JSON.stringify(
    JSON.parse(text, (key, value: unknown) => (wallClock.has(key) ? undefined : value)),
    null,
    2,
  ) + '\n';

interface Report {
  file: string;
  args: string[];
  normalise: (stdout: string) => string;
}

const reports: Report[] = [
  // The matrix's last line says how long the run took.
  { file: 'matrix.txt', args: ['scripts/matrix.ts'], normalise: (out) => out.replace(/ · [\d.]+ s over /, ' · … s over ') },
  { file: 'chaos-sim.json', args: ['scripts/chaos.ts', '--sim', '--json'], normalise: json },
  {
    file: 'chaos-sim-fence-off.json',
    args: ['scripts/chaos.ts', '--sim', '--json', '--fence=off', '--seed=7', '--trades=400', '--probability=0.2'],
    normalise: json,
  },
  { file: 'explore.json', args: ['scripts/explore.ts', '--json'], normalise: json },
];

function run(report: Report): string {
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const done = spawnSync(tsx, report.args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (done.error) throw done.error;
  // The commands exit 1 when a claim or a cell is not as the note predicts: that is a report too.
  if (done.status !== 0 && done.status !== 1) throw new Error(`${report.args.join(' ')} exited ${done.status}:\n${done.stderr}`);
  return report.normalise(done.stdout);
}

function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const line = a.findIndex((l, i) => l !== b[i]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}:\n  recorded: ${a[at] ?? '(end)'}\n  now:      ${b[at] ?? '(end)'}`;
}

const record = process.argv.includes('--record');
let differ = 0;
for (const report of reports) {
  const now = run(report);
  const file = path.join(recorded, report.file);
  if (record) {
    writeFileSync(file, now);
    console.log(`recorded ${report.file}`);
    continue;
  }
  const before = readFileSync(file, 'utf8');
  if (before === now) console.log(`✓ ${report.file}`);
  else {
    differ += 1;
    console.log(`✗ ${report.file} differs from the recorded report, ${firstDifference(before, now)}`);
  }
}
process.exitCode = differ ? 1 : 0;
