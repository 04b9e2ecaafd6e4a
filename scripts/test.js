// `npm test`: every check — typecheck and lint, then vitest (unit), then Playwright (e2e) — ending with one summary line:
//   N passed, N failed[, N skipped]
// Usage: npm test [-- --unit-only | --e2e-only]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--unit-only' && a !== '--e2e-only');
if (unknown.length || args.length > 1) {
  console.error(`usage: npm test [-- --unit-only | --e2e-only]   (got: ${args.join(' ')})`);
  process.exit(2);
}
const runUnit = !args.includes('--e2e-only');
const runE2e = !args.includes('--unit-only');

const TMP = path.join(root, '.tmp');
const VITEST_JSON = path.join(TMP, 'vitest.json');
const PLAYWRIGHT_JSON = path.join(TMP, 'playwright.json');
fs.mkdirSync(TMP, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
let allRunnersOk = true;

// A runner that crashed, found nothing to run or exited non-zero with no failing test
// still counts as one failure, so the summary line never reads "0 failed" on a broken run.
function runnerFailed(name, why) {
  console.log(`\n[test] ${name}: ${why} — counted as 1 failed`);
  totals.failed += 1;
  allRunnersOk = false;
}

function run(cmd, cmdArgs, env = process.env) {
  const res = spawnSync(cmd, cmdArgs, { stdio: 'inherit', env });
  if (res.error) console.error(`[test] could not run ${cmd}: ${res.error.message}`);
  return res.status ?? 1;
}

// Read a JSON report; a stale one from an earlier run is deleted before each runner starts.
function readReport(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// --- (0) typecheck and lint, before any test: a crossed wall fails the run -----------------
// Each counts as one check in the summary.
// Next generates the route types (RouteContext) the typecheck needs; a fresh clone has none yet.
for (const [name, cmd, cmdArgs] of [
  ['route types', path.join('node_modules', '.bin', 'next'), ['typegen']],
  ['typecheck', path.join('node_modules', '.bin', 'tsc'), ['--noEmit']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
]) {
  console.log(`\n[test] ${name}\n`);
  if (run(cmd, cmdArgs) === 0) totals.passed += 1;
  else runnerFailed(name, 'found problems (above)');
}

// --- (a) unit tests -----------------------------------------------------------------------
if (runUnit) {
  console.log('\n[test] unit tests (vitest)\n');
  fs.rmSync(VITEST_JSON, { force: true });
  const code = run(path.join('node_modules', '.bin', 'vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${VITEST_JSON}`,
  ]);
  const report = readReport(VITEST_JSON);
  if (!report) {
    runnerFailed('vitest', `no JSON report (exit ${code})`);
  } else {
    totals.passed += report.numPassedTests ?? 0;
    totals.failed += report.numFailedTests ?? 0;
    totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    if (!report.testResults?.length) runnerFailed('vitest', 'no test files found');
    else if (code !== 0 && !report.numFailedTests) runnerFailed('vitest', `exited ${code} without a failing test (errors outside tests?)`);
    else if (code !== 0) allRunnersOk = false;
  }
}

// --- (b) a browser for Playwright ---------------------------------------------------------
async function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p) => p && fs.existsSync(p));
  if (found) return found;
  try {
    // Playwright's own download (npx playwright install chromium), if any.
    const { chromium } = await import('@playwright/test');
    const bundled = chromium.executablePath();
    if (bundled && fs.existsSync(bundled)) return bundled;
  } catch {
    // no Playwright browser registry entry: fall through
  }
  return null;
}

// --- (c) end-to-end tests -----------------------------------------------------------------
if (runE2e) {
  console.log('\n[test] end-to-end tests (playwright)\n');
  const browser = await findChromium();
  if (!browser) {
    runnerFailed('playwright', "no Chromium found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH");
  } else {
    console.log(`[test] browser: ${browser}`);
    fs.rmSync(PLAYWRIGHT_JSON, { force: true });
    const code = run(path.join('node_modules', '.bin', 'playwright'), ['test', '--reporter=list,json'], {
      ...process.env,
      CHROMIUM_PATH: browser,
      PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON,
    });
    const report = readReport(PLAYWRIGHT_JSON);
    if (!report?.stats) {
      runnerFailed('playwright', `no JSON report (exit ${code})`);
    } else {
      const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
      totals.passed += expected + flaky; // flaky = failed, then passed on retry
      totals.failed += unexpected;
      totals.skipped += skipped;
      const errors = report.errors ?? []; // e.g. web server did not start, no tests found
      if (code !== 0 && !unexpected) {
        const why = errors[0]?.message?.split('\n')[0] ?? `exited ${code} without a failing test`;
        runnerFailed('playwright', why);
      } else if (code !== 0) allRunnersOk = false;
    }
  }
}

// --- (d) summary: must stay the very last line ----------------------------------------------
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed === 0 && allRunnersOk ? 0 : 1);
