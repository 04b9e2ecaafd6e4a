import { dereference } from '@readme/openapi-parser';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { apiDocument } from './document';

type Responses = Record<string, { content?: Record<string, { schema: object }> }>;
type Doc = { paths: Record<string, Record<string, { operationId: string; responses: Responses }>> };

/**
 * For tests: checks a real answer against the document — its status is one the operation
 * documents, and its JSON body validates against that status's schema ($refs resolved) — and
 * remembers which (operation, status) pairs have been seen.
 */
export async function answerChecker() {
  const doc = (await dereference(structuredClone(apiDocument()) as never)) as unknown as Doc;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const compiled = new Map<object, ValidateFunction>();
  const seen = new Set<string>();
  const find = (operationId: string) => {
    for (const ops of Object.values(doc.paths)) for (const op of Object.values(ops)) if (op.operationId === operationId) return op;
    throw new Error(`no operation ${operationId} in the document`);
  };

  return {
    /** The answer's status and body, after checking them against the operation's documented answers. */
    async check(operationId: string, res: Response): Promise<{ status: number; body: unknown }> {
      const answer = find(operationId).responses[String(res.status)];
      if (!answer) throw new Error(`${operationId} answered ${res.status}, which the document does not list`);
      seen.add(`${operationId} ${res.status}`);
      const json = answer.content?.['application/json'];
      if (!json) return { status: res.status, body: await res.text() };
      const body: unknown = await res.json();
      const validate = compiled.get(json.schema) ?? ajv.compile(json.schema);
      compiled.set(json.schema, validate);
      if (!validate(body)) {
        throw new Error(`${operationId} ${res.status}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body).slice(0, 2000)}`);
      }
      return { status: res.status, body };
    },
    /** Documented statuses (of `statuses`, if given) of these operations that no checked answer had; 500, a bug, is never expected. */
    unseen(operationIds: string[], statuses?: number[]): string[] {
      return operationIds.flatMap((id) =>
        Object.keys(find(id).responses)
          .filter((s) => s !== '500' && (!statuses || statuses.includes(Number(s))) && !seen.has(`${id} ${s}`))
          .map((s) => `${id} ${s}`),
      );
    },
  };
}
