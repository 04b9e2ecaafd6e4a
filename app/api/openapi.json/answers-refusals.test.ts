import { beforeAll, describe, expect, it } from 'vitest';
import { answerChecker } from '@/lib/http/openapi/conformance';
import { operations } from '@/lib/http/openapi/operations';
import { maxBodyBytes } from '@/lib/http/read-json';
import { useTemporaryLab } from '@/lib/testing/route-harness';
import { callOperation } from './routes-by-operation';

/** The refusals every route shares — a body that is not JSON, too big, malformed or not the schema's, another origin — each against the document. */

beforeAll(() => useTemporaryLab());

const withBody = operations.filter((op) => op.body);
const mutating = operations.filter((op) => op.method !== 'get');

describe('the shared refusals match the document', async () => {
  const checker = await answerChecker();

  it.each(withBody.map((op) => [op.operationId, op] as const))(
    '%s refuses a form body, an oversized one and malformed JSON',
    async (id, op) => {
      const form = (url: string, method: string) =>
        new Request(`http://127.0.0.1:3000${url}`, {
          method,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'a=1',
        });
      expect((await checker.check(id, await callOperation(op, { request: form }))).status).toBe(415);
      expect((await checker.check(id, await callOperation(op, { body: { pad: 'x'.repeat(maxBodyBytes) } }))).status).toBe(413);
      const malformed = await checker.check(id, await callOperation(op, { body: '{"a": ' }));
      expect(malformed).toMatchObject({ status: 400, body: { error: { code: 'invalid_json' } } });
    },
  );

  it.each(withBody.map((op) => [op.operationId, op] as const))('%s refuses a body its schema does not accept', async (id, op) => {
    const res = await callOperation(op, { body: { notAField: 1 } });
    expect(await checker.check(id, res)).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
  });

  it.each(mutating.map((op) => [op.operationId, op] as const))('%s refuses another origin', async (id, op) => {
    const res = await callOperation(op, { body: {}, headers: { origin: 'https://evil.example' } });
    expect(await checker.check(id, res)).toMatchObject({ status: 403, body: { error: { code: 'forbidden_origin' } } });
  });

  it('has met every documented 403, 413 and 415', () => {
    expect(
      checker.unseen(
        operations.map((op) => op.operationId),
        [403, 413, 415],
      ),
    ).toEqual([]);
  });
});
