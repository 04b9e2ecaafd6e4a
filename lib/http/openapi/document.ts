import { z } from 'zod';
import { errorBodySchema } from '@/lib/http/error-body';
import { createdTradeSchema, tradeListSchema, tradeSummarySchema, tradeViewSchema } from '@/lib/read-model/trade-view-schema';
import { booksSchema, invariantResultSchema } from '@/lib/consistency/report-schema';
import { faultViewSchema } from '@/lib/faults/fault-schema';
import { branchAnswerSchema, payAnswerSchema, payRefusalSchema, providerPayOrderSchema } from '@/lib/pay/answer-schema';
import { settingsSchema } from '@/lib/settings/settings';
import { branchViewSchema, globalViewSchema, tcDownSchema } from '@/lib/coordinator/answer-schema';
import { tcLogSchema } from '@/lib/coordinator/tc-log-page';
import { tradeBranchAnswerSchema } from './trade-branch-schema';
import { version } from '@/package.json';
import { errorCodesByStatus } from './error-responses';
import type { Operation } from './operation';
import { operations } from './operations';

type JsonSchema = Record<string, unknown>;
type Io = 'input' | 'output';

/** Schemas met in many answers, named once in `components.schemas` and referred to. */
const shared = {
  TradeSummary: tradeSummarySchema,
  TradeView: tradeViewSchema,
  TradeList: tradeListSchema,
  CreatedTrade: createdTradeSchema,
  Fault: faultViewSchema,
  Settings: settingsSchema,
  Books: booksSchema,
  Invariant: invariantResultSchema,
  ProviderPayOrder: providerPayOrderSchema,
  PayAnswer: payAnswerSchema,
  BranchAnswer: branchAnswerSchema,
  PayRefusal: payRefusalSchema,
  GlobalTransaction: globalViewSchema,
  Branch: branchViewSchema,
  TcLog: tcLogSchema,
  CoordinatorDown: tcDownSchema,
  TradeBranchAnswer: tradeBranchAnswerSchema,
  Error: errorBodySchema(),
};

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** The JSON Schema of a zod schema: a request as it may be sent (input), an answer as it is sent (output). */
function jsonSchema(schema: z.ZodType, io: Io): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io });
  return rest;
}

/**
 * Named schemas, converted together so that each one met inside another becomes a `$ref`.
 * Requests are read as input (defaults make fields optional), answers as output.
 */
class Components {
  private readonly registries = { input: z.registry<{ id: string }>(), output: z.registry<{ id: string }>() };

  constructor() {
    for (const [id, schema] of Object.entries(shared)) this.registries.output.add(schema, { id });
  }

  /** A reference to `schema`, named `id` unless it already has a name. */
  use(schema: z.ZodType, io: Io, id: string): { $ref: string } {
    const registry = this.registries[io];
    if (!registry.has(schema)) registry.add(schema, { id });
    return ref(registry.get(schema)!.id);
  }

  schemas(): Record<string, JsonSchema> {
    const all: Record<string, JsonSchema> = {};
    for (const io of ['input', 'output'] as const) {
      const { schemas } = z.toJSONSchema(this.registries[io], {
        target: 'draft-2020-12',
        io,
        uri: (id) => `#/components/schemas/${id}`,
      });
      for (const [id, { $schema: _, $id: __, ...schema }] of Object.entries(schemas)) all[id] = schema;
    }
    return all;
  }
}

const optional = (schema: z.ZodType) => schema.safeParse(undefined).success;
const unwrapped = (schema: z.ZodType): z.ZodType => (schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema);
const pascal = (id: string) => id[0]!.toUpperCase() + id.slice(1);

function parameters(op: Operation) {
  const of = (where: 'path' | 'query' | 'header', object: z.ZodObject | undefined) =>
    Object.entries(object?.shape ?? {}).map(([name, field]) => {
      const schema = jsonSchema(field as z.ZodType, 'input');
      const { description, ...rest } = schema;
      return { name, in: where, required: where === 'path' || !optional(field as z.ZodType), description, schema: rest };
    });
  return [...of('path', op.pathParams), ...of('query', op.query), ...of('header', op.headers)];
}

function operationObject(op: Operation, components: Components) {
  const name = pascal(op.operationId);
  const responses: Record<string, unknown> = {};
  for (const [status, answer] of Object.entries(op.responses)) {
    responses[status] = {
      description: answer!.description,
      content: { 'application/json': { schema: components.use(answer!.schema, 'output', `${name}${status}`) } },
    };
  }
  if (op.eventStream) {
    responses[200] = { description: op.eventStream.description, content: { 'text/event-stream': { schema: { type: 'string' } } } };
  }
  for (const [status, codes] of errorCodesByStatus(op)) {
    responses[status] = {
      description: `error: ${codes.join(', ')}`,
      content: { 'application/json': { schema: jsonSchema(errorBodySchema(codes), 'output') } },
    };
  }
  const body = op.body && {
    required: !optional(op.body),
    content: { 'application/json': { schema: components.use(unwrapped(op.body), 'input', `${name}Body`) } },
  };
  const params = parameters(op);
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(body ? { requestBody: body } : {}),
    responses,
  };
}

function buildDocument() {
  const components = new Components();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method] = operationObject(op, components);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Consistency Lab',
      version,
      description:
        'A local DB transaction and an RPC to another service kept consistent, made executable. Every error is `{"error":{"code","message"}}`; mutating routes refuse another origin; bodies are `application/json`, at most 16 KiB.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths,
    components: { schemas: components.schemas() },
  };
}

let cached: ReturnType<typeof buildDocument> | undefined;

/** The API as an OpenAPI 3.1 document, generated from the routes' own schemas; built once. */
export function apiDocument() {
  return (cached ??= buildDocument());
}
