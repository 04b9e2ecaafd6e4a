import type { z } from 'zod';
import type { ApiErrorCode } from '@/lib/http/status';

export type Method = 'get' | 'post' | 'put' | 'delete';

/**
 * One route of the API as the document states it. The schemas are the very ones the route
 * parses with (or the lib's schemas of what it answers): the document is generated from them.
 */
export interface Operation {
  method: Method;
  /** The OpenAPI path: `{id}` where the route's folder is `[id]`. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  /** Request headers the route reads. */
  headers?: z.ZodObject;
  /** The body the route parses; one that accepts `undefined` makes the body optional. */
  body?: z.ZodType;
  /** Answers in their own shape, by status: every success, and the provider's refusals. */
  responses: Partial<Record<number, { description: string; schema: z.ZodType }>>;
  /** Errors of the lab's error shape beyond those the body, the query and the method imply. */
  errors?: ApiErrorCode[];
  /** A Server-Sent Events stream rather than one JSON answer. */
  eventStream?: { description: string };
}
