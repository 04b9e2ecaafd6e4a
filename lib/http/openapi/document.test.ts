import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { validate, compileErrors } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { apiDocument } from './document';

const apiDir = path.resolve(__dirname, '../../../app/api');

/** Every route file under app/api with the methods it exports, as (METHOD, /api/path with [param]). */
function routeFiles(): { method: string; path: string }[] {
  const found: { method: string; path: string }[] = [];
  for (const entry of readdirSync(apiDir, { recursive: true, encoding: 'utf8' })) {
    if (path.basename(entry) !== 'route.ts') continue;
    const source = readFileSync(path.join(apiDir, entry), 'utf8');
    const route = `/api/${path.dirname(entry).split(path.sep).join('/')}`;
    for (const [, method] of source.matchAll(/^export const (GET|POST|PUT|PATCH|DELETE)\b/gm)) found.push({ method: method!, path: route });
  }
  return found;
}

/** A document path belongs to a route file when it is the file's path with `{x}` for `[x]`, or a value of it. */
const belongs = (docPath: string, routePath: string) =>
  new RegExp(`^${routePath.replace(/\[[^\]]+\]/g, '[^/]+')}$`).test(docPath.replace(/\{[^}]+\}/g, '_'));

const documented = () =>
  Object.entries(apiDocument().paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path: p })));

describe('the API document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await validate(structuredClone(apiDocument()) as never);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    expect(apiDocument().openapi).toBe('3.1.0');
  });

  it('documents every method of every route file', () => {
    const routes = routeFiles();
    expect(routes.length).toBeGreaterThan(25);
    const missing = routes.filter((r) => !documented().some((d) => d.method === r.method && belongs(d.path, r.path)));
    expect(missing).toEqual([]);
  });

  it('documents nothing that no route file serves', () => {
    const routes = routeFiles();
    const stale = documented().filter((d) => !routes.some((r) => r.method === d.method && belongs(d.path, r.path)));
    expect(stale).toEqual([]);
  });

  it('gives every operation a unique id and the 500 of route() for a bug', () => {
    const ops = Object.values(apiDocument().paths).flatMap((o) => Object.values(o)) as { operationId: string; responses: object }[];
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
    for (const op of ops) expect(op.responses, op.operationId).toHaveProperty('500');
  });

  it('fails validation for a broken document (the validator is real)', async () => {
    const broken = { ...structuredClone(apiDocument()), paths: { '/x': { get: { responses: { 200: { content: {} } } } } } };
    expect((await validate(broken as never)).valid).toBe(false);
  });
});
