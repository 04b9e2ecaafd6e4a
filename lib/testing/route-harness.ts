import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getLab } from '@/lib/lab';

/**
 * Points the server's lab singleton at a fresh temporary folder with the in-process transport,
 * so route handlers can be called as functions. Call before the first request.
 */
export function useTemporaryLab(): void {
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), 'lab-routes-'));
  process.env.LAB_TRANSPORT = 'in-process';
}

export function jsonRequest(url: string, method: string, body?: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://127.0.0.1:3000${url}`, {
    method,
    headers: { 'content-type': 'application/json', host: '127.0.0.1:3000', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

/** Row counts of every table in every database (trade, pay, the coordinator's): bad input must leave all of them as they were. */
export function rowCounts() {
  const lab = getLab();
  const count = (db: { $client: { prepare(s: string): { get(): unknown } } }, table: string) =>
    (db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
  return {
    tradeRequests: count(lab.tradeDb, 'trade_request'),
    trades: count(lab.tradeDb, 'trade_order'),
    mirrors: count(lab.tradeDb, 'pay_order'),
    tradeEvents: count(lab.tradeDb, 'trade_event'),
    payOrders: count(lab.payDb, 'pay_order'),
    fence: count(lab.payDb, 'fence'),
    branchFence: count(lab.payDb, 'tcc_fence_log'),
    payEvents: count(lab.payDb, 'pay_event'),
    globals: count(lab.tcDb, 'global_transaction'),
    branches: count(lab.tcDb, 'branch_transaction'),
    tcEvents: count(lab.tcDb, 'tc_event'),
    tradeBranchFence: count(lab.tradeDb, 'tcc_fence_log'),
  };
}

export async function errorOf(res: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await res.json()) as { error: { code: string; message: string } };
  return { status: res.status, code: body.error.code, message: body.error.message };
}
