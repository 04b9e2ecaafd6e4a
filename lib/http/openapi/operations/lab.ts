import { z } from 'zod';
import { consistencyReportSchema } from '@/lib/consistency/report-schema';
import { faultIds, faultSettingSchema } from '@/lib/faults/catalog';
import { faultListSchema, faultViewSchema } from '@/lib/faults/fault-schema';
import { reconcileOptionsSchema, reconcileResultSchema } from '@/lib/pay/reconcile-schema';
import { sweepOptionsSchema, sweepReportSchema } from '@/lib/recovery/sweep-schema';
import { settingsPatchSchema, settingsSchema } from '@/lib/settings/settings';
import { wireActedSchema, wireActionSchema, wireSnapshotSchema } from '@/lib/wire/wire-schema';
import type { Operation } from '../operation';

const settings = { 200: { description: 'the lab settings', schema: settingsSchema } };

export const labOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/openapi.json',
    operationId: 'getApiDocument',
    tag: 'Lab',
    summary: "This API as an OpenAPI 3.1 document, generated from the routes' own schemas",
    responses: { 200: { description: 'the document', schema: z.looseObject({ openapi: z.literal('3.1.0') }) } },
  },
  {
    method: 'get',
    path: '/api/faults',
    operationId: 'listFaults',
    tag: 'Faults',
    summary: 'The fault catalog with current modes',
    responses: { 200: { description: 'every fault of the catalog, in its order', schema: faultListSchema } },
  },
  {
    method: 'put',
    path: '/api/faults/{id}',
    operationId: 'setFault',
    tag: 'Faults',
    summary: 'Switch one fault',
    pathParams: z.object({ id: z.enum(faultIds) }),
    body: faultSettingSchema,
    responses: { 200: { description: 'the fault as it now stands', schema: faultViewSchema } },
    errors: ['not_found'],
  },
  {
    method: 'get',
    path: '/api/settings',
    operationId: 'getSettings',
    tag: 'Lab',
    summary: "Strategy, V1 on unknown, provider fence, timeouts, backoff, step mode, the coordinator's (V3) timing",
    responses: settings,
  },
  {
    method: 'put',
    path: '/api/settings',
    operationId: 'updateSettings',
    tag: 'Lab',
    summary: 'Change any subset of the settings (backoff field by field)',
    body: settingsPatchSchema,
    responses: settings,
  },
  {
    method: 'post',
    path: '/api/reset',
    operationId: 'resetLab',
    tag: 'Lab',
    summary: "Empty every database (the coordinator's log too) and reseed the accounts",
    responses: { 200: { description: 'the lab is empty again', schema: z.object({ reset: z.literal(true) }) } },
  },
  {
    method: 'get',
    path: '/api/consistency',
    operationId: 'getConsistency',
    tag: 'Consistency',
    summary: 'Quadrant and verdict counts, invariants, inconsistent trades',
    responses: { 200: { description: "the auditor's report over both databases", schema: consistencyReportSchema } },
  },
  {
    method: 'post',
    path: '/api/recovery/run',
    operationId: 'runRecovery',
    tag: 'Consistency',
    summary: 'One recovery sweep now',
    body: sweepOptionsSchema,
    responses: { 200: { description: 'what it attempted and what converged', schema: sweepReportSchema } },
  },
  {
    method: 'post',
    path: '/api/reconcile',
    operationId: 'reconcile',
    tag: 'Consistency',
    summary: "The provider's reconciliation: release reservations whose trade does not exist",
    body: reconcileOptionsSchema,
    responses: { 200: { description: 'what it examined, cancelled and left alone', schema: reconcileResultSchema } },
  },
  {
    method: 'get',
    path: '/api/events',
    operationId: 'streamEvents',
    tag: 'Lab',
    summary: 'Server-Sent Events: every persisted transition, RPC attempt, fault and retry',
    description:
      "Each trade event is an SSE message whose id is its row id; `Last-Event-ID` (or `?after=`) resumes after it. Step mode's wire goes along as named `wire` events without an id: a snapshot on connect and on each change.",
    query: z.object({ after: z.string().optional().describe('resume after this event id (digits)') }),
    headers: z.object({ 'Last-Event-ID': z.string().optional().describe('resume after this event id (digits)') }),
    responses: {},
    eventStream: { description: 'the event stream' },
  },
  {
    method: 'get',
    path: '/api/wire',
    operationId: 'getWire',
    tag: 'Step mode',
    summary: 'The messages and local steps held on the wire, oldest first',
    responses: { 200: { description: 'whether step mode is on, and what waits', schema: wireSnapshotSchema } },
  },
  {
    method: 'post',
    path: '/api/wire/{id}',
    operationId: 'actOnWire',
    tag: 'Step mode',
    summary: 'Deliver, lose, delay, duplicate or reject one held message — or commit, fail or crash a local step',
    pathParams: z.object({ id: z.string().describe('a held message or local step') }),
    body: wireActionSchema,
    responses: { 200: { description: 'the action taken', schema: wireActedSchema } },
    errors: ['not_found', 'illegal_transition'],
  },
];
