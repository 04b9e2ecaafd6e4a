// `npm start`: build if the sources changed, then run the production server.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Always work from the repo root, whatever directory npm was called from.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const NEXT = path.join('node_modules', '.bin', 'next');
const BUILD_ID = path.join('.next', 'BUILD_ID');
const SOURCE_DIRS = ['app', 'lib', 'db', 'public'];
const SOURCE_FILES = ['next.config.js', 'package.json', 'tsconfig.json'];

// Newest modification time under a file or directory (0 if it does not exist).
function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // catches deleted/renamed files too
  for (const entry of fs.readdirSync(p)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(p, entry)));
  }
  return newest;
}

function needsBuild() {
  if (!fs.existsSync(BUILD_ID)) return 'no previous build';
  const built = fs.statSync(BUILD_ID).mtimeMs;
  const changed = [...SOURCE_DIRS, ...SOURCE_FILES].find((p) => newestMtime(p) > built);
  return changed ? `${changed} changed since the last build` : null;
}

const reason = needsBuild();
if (reason) {
  console.log(`[start] building (${reason})…`);
  const build = spawnSync(NEXT, ['build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error(`[start] next build failed (${build.error?.message ?? `exit ${build.status ?? build.signal}`})`);
    process.exit(build.status || 1);
  }
}

// The app creates and migrates its databases itself; it only needs the folder.
const dataDir = process.env.DATA_DIR ?? 'data';
fs.mkdirSync(dataDir, { recursive: true });

const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '3000';
const loopback = /^127\.\d+\.\d+\.\d+$/.test(host) || ['::1', '[::1]', 'localhost'].includes(host);
if (!loopback) {
  console.warn(
    `[start] WARNING: HOST=${host} is not a loopback address, so the lab is reachable from the network. ` +
      'Unset HOST (or use HOST=127.0.0.1) to keep it on this machine.',
  );
}

// Node has no exec(): run the server as a child, pass signals through and mirror its exit.
console.log(`[start] http://${host.includes(':') ? `[${host}]` : host}:${port}  (data: ${path.resolve(dataDir)})`);
const server = spawn(NEXT, ['start', '--hostname', host, '--port', port], {
  stdio: 'inherit',
  env: { ...process.env, PORT: port, HOSTNAME: host },
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('error', (err) => {
  console.error(`[start] could not start next: ${err.message}`);
  process.exit(1);
});
server.on('exit', (code, signal) => {
  // A signal-terminated child conventionally maps to 128 + signal number.
  process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0));
});
