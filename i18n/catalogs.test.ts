import { existsSync, readFileSync } from 'node:fs';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import zh from '@/messages/zh.json';
import { stuckExplanations, type StuckReason } from '@/lib/chaos/stuck-trades';
import { invariantChecker } from '@/lib/consistency/invariants';
import { explorerKit } from '@/lib/explorer-kit';
import { faultCatalog } from '@/lib/faults/catalog';
import { caseMatrix } from '@/lib/note/case-matrix';
import { englishWords } from './english-words';

type Tree = { [key: string]: string | Tree };

/** Every message by its dotted key. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** A message's arguments and rich-text tags, sorted: what a caller must pass it. A plural's branches (`one {…}`) are not arguments. */
const placeholders = (message: string) =>
  [
    ...new Set([
      ...[...message.matchAll(/(?<!\b(?:zero|one|two|few|many|other|=\d+)\s*)\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]!),
      ...[...message.matchAll(/<(\w+)>/g)].map((m) => `<${m[1]}>`),
    ]),
  ].sort();

const catalogs = { en: flatten(en), zh: flatten(zh) };

describe('the catalogs', () => {
  it('have exactly the same keys', () => {
    expect([...catalogs.zh.keys()].sort()).toEqual([...catalogs.en.keys()].sort());
  });

  it('ask for the same placeholders, key by key', () => {
    for (const [key, message] of catalogs.en)
      expect({ key, args: placeholders(catalogs.zh.get(key) ?? '') }).toEqual({ key, args: placeholders(message) });
  });

  it('hold only messages that format, every placeholder filled', () => {
    for (const [locale, messages] of [
      ['en', en],
      ['zh', zh],
    ] as const) {
      const t = createTranslator({ locale, messages: messages as Tree, onError: (e) => expect.fail(`${locale}: ${e.message}`) });
      // Keys are checked at run time here: every one of the catalog's.
      const markup = t.markup as (key: string, values: Record<string, unknown>) => string;
      for (const [key, message] of catalogs[locale]) {
        const values = Object.fromEntries(
          placeholders(message).map((p) => (p.startsWith('<') ? [p.slice(1, -1), (c: unknown) => c] : [p, 1])),
        );
        expect(markup(key, values), key).not.toBe(key);
      }
    }
  });

  it("say in English exactly what the lab's data says", () => {
    for (const f of faultCatalog) expect(catalogs.en.get(`faults.${f.id}`)).toBe(f.label);
    for (const f of faultCatalog) expect(catalogs.en.get(`faultEffects.${f.id}`)).toBe(f.effect);
    for (const c of caseMatrix) expect(catalogs.en.get(`matrix.why.${c.op}.${c.strategy}.${c.case}`)).toBe(c.why);
    const books = { accounts: [], balanceCents: 0, frozenCents: 0, confirmedCents: 0, openByAccount: new Map<string, number>() };
    for (const i of invariantChecker(books, { graceMs: 0 }).results()) expect(catalogs.en.get(`invariants.${i.id}`)).toBe(i.description);
    const reason = englishWords('chaos.reason');
    const said = { caller: 'created', provider: 'trySuccess', reservations: 2 };
    for (const [code, explain] of Object.entries(stuckExplanations)) expect(reason(code as StuckReason, said)).toBe(explain(said));
    expect(Object.keys(stuckExplanations).sort()).toEqual(Object.keys(en.chaos.reason).sort());
    for (const p of explorerKit.claims)
      expect([catalogs.en.get(`claims.${p.id}.title`), catalogs.en.get(`claims.${p.id}.claim`)]).toEqual([p.title, p.claim]);
  });
});

/** The note's original, in Chinese (note/note.zh.md, kept as given in ../shared/seed): its case tables name the cases. */
const note = readFileSync(new URL('../note/note.zh.md', import.meta.url), 'utf8');
const sharedNote = new URL('../../shared/seed/000_d702204676f7f04b.txt', import.meta.url);

it.skipIf(!existsSync(sharedNote))('the note kept in the repository is the original, word for word', () => {
  expect(note).toBe(readFileSync(sharedNote, 'utf8'));
});
const section = (from: string, to: string) => note.slice(note.indexOf(from), note.indexOf(to, note.indexOf(from) + 1));
const inTx = section('## rpc调用在事务中', '## rpc调用不在事务中');
const outsideTx = section('## rpc调用不在事务中', '# rpc不在事务中与在事务中的优劣');

describe("the Chinese catalog uses the note's own phrases", () => {
  it('for each case of the table with the RPC inside the transaction (V1): "3.本地事务成功，rpc失败"', () => {
    const create = section('### 创建类', '### 修改类');
    const phrases = [...section('## rpc调用在事务中', '### 修改类').matchAll(/- (\d)\.(本地事务[^\s（❓]+)/g)].map((m) => [m[1], m[2]]);
    expect(create).toContain('1.本地事务成功，rpc成功');
    expect(phrases).toHaveLength(4);
    for (const [n, phrase] of phrases) expect(catalogs.zh.get(`matrix.cause.v1.${n}`)).toMatch(new RegExp(`^${phrase} · `));
    // The modify and delete tables name their cases with the same four phrases.
    expect([...inTx.matchAll(/- (\d)\.(本地事务[^\s（❓]+)/g)].map((m) => `${m[1]}.${m[2]}`)).toEqual(
      Array.from({ length: 3 }, () => phrases.map(([n, p]) => `${n}.${p}`)).flat(),
    );
  });

  it('for the three cases the note gives the RPC outside the transaction (V2)', () => {
    const phrases = [...outsideTx.matchAll(/- (本地事务[^\s（❓]+?)(?=（|❓)/g)].map((m) => m[1]!.replace(/[，,]$/, ''));
    expect(phrases).toEqual(['本地事务成功，rpc成功', '本地事务失败，不调用rpc', '本地事务成功，rpc失败']);
    phrases.forEach((phrase, i) => expect(catalogs.zh.get(`matrix.cause.v2.${i + 1}`)).toMatch(new RegExp(`^${phrase} · `)));
  });

  it('for the verdicts and the kinds of operation', () => {
    for (const verdict of ['ideal', 'repairedByRetry', 'notRepairable'])
      expect(note).toContain(catalogs.zh.get(`matrix.noteVerdict.${verdict}`));
    const heads = [...inTx.matchAll(/### (\S+)/g)].map((m) => m[1]!);
    expect(heads).toEqual(['创建类，例如：创建订单', '修改类，例如：确认支付', '删除类，例如：删除过期未提交的订单']);
    ['create', 'confirm', 'delete'].forEach((op, i) => expect(catalogs.zh.get(`matrix.opHead.${op}`)).toMatch(new RegExp(`^${heads[i]}`)));
  });
});
