import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrationsFolder, openDatabase } from '../open';
import { openTradeDb } from './client';

const migration = '0001_answer_as_domain_value';

/** A copy of trade.db's migrations as they stood before `tag`: its journal ends just before it. */
function migrationsBefore(tag: string, dir: string): string {
  const folder = path.join(dir, 'migrations');
  cpSync(migrationsFolder('trade'), folder, { recursive: true });
  const file = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(file, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag === tag);
  expect(at).toBeGreaterThan(0);
  writeFileSync(file, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  return folder;
}

describe(`trade.db's migration ${migration}: a create's answer stored as a domain value`, () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'lab-migration-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives every request the answer its HTTP status and code meant, and drops them', () => {
    const before = openDatabase(path.join(dir, 'trade.db'), {}, migrationsBefore(migration, dir)).$client;
    const insert = before.prepare(
      'insert into trade_request (idempotency_key, amount_cents, strategy, requested_at, answer_status, answer_code, last_op) values (?, ?, ?, ?, ?, ?, ?)',
    );
    const stored: [status: number | null, code: string | null, answer: string | null][] = [
      [201, null, 'created'],
      [200, null, 'created'],
      [503, 'local_tx_failed', 'local_tx_failed'],
      [409, 'payment_rejected', 'payment_rejected'],
      [504, 'payment_unknown', 'payment_unknown'],
      [0, null, 'interrupted'],
      [null, null, null],
    ];
    stored.forEach(([status, code], i) =>
      insert.run(`key-${i}`, 100 * (i + 1), 'v1', 1_000 + i, status, code, i % 2 ? 'delete' : 'create'),
    );
    before.close();

    const after = openTradeDb(dir).$client;
    const rows = after
      .prepare('select id, idempotency_key, amount_cents, requested_at, last_op, answer from trade_request order by id')
      .all();
    expect(rows).toEqual(
      stored.map(([, , answer], i) => ({
        id: i + 1,
        idempotency_key: `key-${i}`,
        amount_cents: 100 * (i + 1),
        requested_at: 1_000 + i,
        last_op: i % 2 ? 'delete' : 'create',
        answer,
      })),
    );
    const columns = (after.pragma('table_info(trade_request)') as { name: string }[]).map((c) => c.name);
    expect(columns).not.toContain('answer_status');
    expect(columns).not.toContain('answer_code');
    after.close();
  });
});
