import http from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import { applyPragmas } from '@/db/open';
import { postJson } from '@/lib/rpc/http-post';

/**
 * The benchmark's bare commits: one row into a one-column table per commit, on two files with
 * the services' own settings. (c)'s bare route makes a create's three behind the same HTTP hop;
 * (a) prints six of them for scale — what a commit costs here, whatever it writes.
 */
export function openBareCommits(dir: string) {
  const open = (name: string) => {
    const sqlite = applyPragmas(new Database(path.join(dir, name)));
    sqlite.exec('create table if not exists bench (id integer primary key, at integer not null, note text not null)');
    const insert = sqlite.prepare('insert into bench (at, note) values (?, ?)');
    return { sqlite, commit: sqlite.transaction((note: string) => insert.run(Date.now(), note)) };
  };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const trade = open('bench-trade.db');
  const pay = open('bench-pay.db');
  return {
    /** `tradeCommits` commits on the first file and `payCommits` on the second. */
    run(tradeCommits: number, payCommits: number): void {
      for (let i = 0; i < tradeCommits; i++) trade.commit('trade');
      for (let i = 0; i < payCommits; i++) pay.commit('pay');
    },
    /** A create's shape without its logic: commit, the HTTP hop to a route that commits, commit. */
    async runWithHop(base: URL): Promise<void> {
      trade.commit('intent');
      const reply = await postJson(agent, base, '/api/bench/bare-pay', {}, 5_000);
      if (reply.kind !== 'reply' || reply.status !== 201) throw new Error(`the bare hop failed: ${JSON.stringify(reply)}`);
      trade.commit('result');
    },
    close(): void {
      trade.sqlite.close();
      pay.sqlite.close();
    },
  };
}

export type BareCommits = ReturnType<typeof openBareCommits>;

const holder = globalThis as typeof globalThis & { __bareCommits?: BareCommits };

/** The bare route's connections, opened once per server beside the lab's databases. */
export function bareCommits(dir: string): BareCommits {
  holder.__bareCommits ??= openBareCommits(dir);
  return holder.__bareCommits;
}
