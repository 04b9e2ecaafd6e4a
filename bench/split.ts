import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
let txTime = 0, txCount = 0, depth = 0;
const origTx = Database.prototype.transaction;
(Database.prototype as any).transaction = function (fn: any) {
  const wrapped = origTx.call(this, fn);
  return (...a: any[]) => { const t = performance.now(); depth++; try { return wrapped(...a); } finally { depth--; if (!depth) { txTime += performance.now() - t; txCount++; } } };
};
const { createLab } = await import('@/lib/lab');
const { createTrade } = await import('@/lib/trade/create-trade');
const { modifyTrade } = await import('@/lib/trade/modify-trade');
const { decide } = await import('@/lib/pay-order/decide');
const lab = createLab({ dataDir: mkdtempSync(path.join(tmpdir(), 'bench-')), transport: 'in-process' });
const N = Number(process.env.N ?? 1000);
for (let i = 0; i < 100; i++) { const r = await createTrade(lab.trade, { amount: 100 + i }); if (r.ok) await modifyTrade(lab.trade, r.value.tradeId, 'confirm'); }
txTime = 0; txCount = 0;
const t0 = performance.now();
for (let i = 0; i < N; i++) { const r = await createTrade(lab.trade, { amount: 1000 + i }); if (!r.ok) throw new Error(); await modifyTrade(lab.trade, r.value.tradeId, 'confirm'); }
const dt = performance.now() - t0;
console.log(`flows/s ${(N / dt * 1000).toFixed(0)}; per flow ${(dt / N).toFixed(3)} ms; in transactions ${(txTime / N).toFixed(3)} ms over ${(txCount / N).toFixed(1)} tx`);
const d0 = performance.now();
for (let i = 0; i < 10000; i++) decide({ state: 'init', owed: 'try' }, { type: 'try.succeeded' });
console.log(`decide: ${((performance.now() - d0) / 10000 * 1000).toFixed(1)} µs`);
