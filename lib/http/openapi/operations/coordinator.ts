import { z } from 'zod';
import { globalViewSchema, registeredSchema, restartedSchema, tcDownSchema, tcRefusalSchema } from '@/lib/coordinator/answer-schema';
import {
  beginRequestSchema,
  commitRequestSchema,
  queryRequestSchema,
  registerRequestSchema,
  rollbackRequestSchema,
  type TcEndpoint,
  type TcRefusalCode,
} from '@/lib/coordinator/contract';
import { tcLogPageSchema, tcLogSchema } from '@/lib/coordinator/tc-log-page';
import { tradeBranchRequestSchema, type TradeBranchEndpoint, type TradeBranchRefusalCode } from '@/lib/trade/trade-branch-contract';
import type { Operation } from '../operation';
import { tradeBranchAnswerSchema, tradeBranchRefusalSchema } from '../trade-branch-schema';

const tag = 'Coordinator (V3)';

const contract =
  "The coordinator's contract, by the lab's status rule: 200 is a definite answer, 409 a definite refusal; anything else — its 503 while it is down included — is no definite answer.";

/** `branch-confirm` → `Confirm` */
const pascalOf = (endpoint: string) => endpoint.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase());

const down = { description: 'the coordinator is down (a crash fault): no definite answer; nothing was logged', schema: tcDownSchema };

/** One of the TC's endpoints, as a TM reaches it; `refusals` are the codes its 409 may carry (none: it never refuses). */
const tc = (
  endpoint: TcEndpoint,
  body: z.ZodType,
  summary: string,
  success: { description: string; schema: z.ZodType },
  refusals: readonly [TcRefusalCode, ...TcRefusalCode[]] | null,
  rules: string,
): Operation => ({
  method: 'post',
  path: `/api/tc/${endpoint}`,
  operationId: `tc${pascalOf(endpoint)}`,
  tag,
  summary,
  description: `${contract} ${rules}`,
  body,
  responses: {
    200: success,
    ...(refusals
      ? { 409: { description: `a definite refusal (${refusals.join(', ')}); nothing changed`, schema: tcRefusalSchema(refusals) } }
      : {}),
    503: down,
  },
});

const decided = { description: 'the global transaction after the decision and its first round of phase 2', schema: globalViewSchema };

/** The trade service's branch phase 2, as the coordinator sends it. */
const tradeBranch = (
  endpoint: TradeBranchEndpoint,
  summary: string,
  refusals: readonly [TradeBranchRefusalCode, ...TradeBranchRefusalCode[]],
  rules: string,
): Operation => ({
  method: 'post',
  path: `/api/trade/${endpoint}`,
  operationId: `trade${pascalOf(endpoint)}`,
  tag: 'Trade branch (V3)',
  summary,
  description: `The trade service as a resource manager (V3): 200 is a definite success, 409 a definite refusal; anything else is no definite answer, and the coordinator retries. Behind the trade branch's own fence (trade.db's tcc_fence_log, always on): ${rules} A repeat answers 200 with \`replay: true\` and the trade as it stands now.`,
  body: tradeBranchRequestSchema,
  responses: {
    200: { description: 'a definite success: the trade row after the phase (null when there is none)', schema: tradeBranchAnswerSchema },
    409: { description: `a definite refusal (${refusals.join(', ')}); nothing changed`, schema: tradeBranchRefusalSchema(refusals) },
  },
});

export const coordinatorOperations: Operation[] = [
  tc(
    'begin',
    beginRequestSchema,
    'TM → TC: begin a global transaction',
    { description: 'the global transaction, logged Begin with its timeout, and its xid', schema: globalViewSchema },
    null,
    'Logs the transaction `Begin` with its timeout (the setting `coordinator.globalTimeoutMs` unless `timeoutMs` is given); still Begin past it, the TC rolls it back itself.',
  ),
  tc(
    'register',
    registerRequestSchema,
    'Register a branch, before its Try',
    { description: 'the branch, registered; a repeat for the same resource gets the first branch', schema: registeredSchema },
    ['no_such_transaction', 'not_begun'],
    'A branch registers before its Try, so that a Try that is lost still gets its Cancel (an empty rollback). One branch per resource: a repeated registration gets the first one. Once the transaction is decided it is too late (409 `not_begun`).',
  ),
  tc(
    'commit',
    commitRequestSchema,
    'TM → TC: commit — every Try answered a definite success',
    decided,
    ['no_such_transaction', 'already_decided'],
    "The TC logs its decision first (`Committing`), then calls each branch's Confirm, retrying a failure or an unknown at `coordinator.retryIntervalMs` until it succeeds (parked as `CommitRetryTimeout` past `coordinator.retryLimit`, if set). A transaction no longer Begin (decided, or rolled back by its timeout) is refused: 409 `already_decided`.",
  ),
  tc(
    'rollback',
    rollbackRequestSchema,
    'TM → TC: roll back — a Try failed or had no definite answer',
    decided,
    ['no_such_transaction', 'already_decided'],
    "The TC logs `Rollbacking`, then calls each branch's Cancel (`failed` names the branches whose Try definitely failed), retried like a commit's Confirm.",
  ),
  tc(
    'query',
    queryRequestSchema,
    'One global transaction as the TC logged it',
    { description: 'the global transaction and its branches', schema: globalViewSchema },
    ['no_such_transaction'],
    'Read only.',
  ),
  {
    method: 'post',
    path: '/api/tc/restart',
    operationId: 'restartTc',
    tag,
    summary: 'Restart a coordinator a crash fault took down',
    description:
      'Everything in flight resumes from tc.db alone: phase 2 of each decided transaction is driven again. With `coordinator.restartAfterMs` set, a supervisor does this by itself.',
    body: z.object({}).strict().optional(),
    responses: { 200: { description: 'the coordinator is up again', schema: restartedSchema } },
    errors: ['illegal_transition'],
  },
  {
    method: 'get',
    path: '/api/tc',
    operationId: 'getTcLog',
    tag,
    summary: "The coordinator's log: whether it is up, and its global transactions, newest first, paginated",
    description: 'Read from tc.db alone, so it answers while the coordinator is down too.',
    query: tcLogPageSchema,
    responses: { 200: { description: 'one page of the log', schema: tcLogSchema } },
    errors: ['bad_request'],
  },
  tradeBranch(
    'branch-confirm',
    "A global transaction's trade branch: Confirm",
    ['not_reserved', 'already_cancelled', 'not_held'],
    'create keeps the row, no longer pending; confirm confirms it; delete removes it. Only a tried branch is confirmed; one never tried (409 `not_reserved`) or cancelled (409 `already_cancelled`) never is, nor one whose hold on the row is gone (409 `not_held`).',
  ),
  tradeBranch(
    'branch-cancel',
    "A global transaction's trade branch: Cancel",
    ['already_confirmed'],
    'create removes the row; confirm and delete let their hold go. With no Try it is an empty rollback (`emptyRollback: true`), recorded so that the late Try is refused; a confirmed branch is never cancelled (409 `already_confirmed`).',
  ),
];
