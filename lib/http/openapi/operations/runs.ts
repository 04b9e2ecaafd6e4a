import { z } from 'zod';
import { caseMatrixRunSchema, matrixRunOptionsSchema } from '@/lib/cases/case-matrix-schema';
import { chaosReportSchema, chaosRunBodySchema, chaosRunStatusSchema } from '@/lib/chaos/chaos-report-schema';
import { exploreReportSchema, exploreRunBodySchema, exploreRunStatusSchema, replayedSchema } from '@/lib/explore/explore-report-schema';
import type { Operation } from '../operation';

const tag = 'Runs';

export const runOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/matrix/run',
    operationId: 'runMatrix',
    tag,
    summary: "Every case of the note's tables, in a scratch lab",
    body: matrixRunOptionsSchema,
    responses: { 200: { description: 'each cell as observed, against the note', schema: caseMatrixRunSchema } },
    errors: ['run_in_progress'],
  },
  {
    method: 'post',
    path: '/api/chaos/run',
    operationId: 'runChaos',
    tag,
    summary: 'A random run: many trades under the chosen faults, then recovery and reconciliation',
    body: chaosRunBodySchema,
    responses: { 200: { description: 'the run: answers, faults fired, books at each stage, stuck trades', schema: chaosReportSchema } },
    errors: ['run_in_progress'],
  },
  {
    method: 'get',
    path: '/api/chaos/run',
    operationId: 'getChaosProgress',
    tag,
    summary: 'The chaos run in progress, if any',
    responses: { 200: { description: 'how far it got', schema: chaosRunStatusSchema } },
  },
  {
    method: 'post',
    path: '/api/explore/run',
    operationId: 'runExplore',
    tag,
    summary: "Every fault schedule within a bound; the note's claims as properties, with counterexamples",
    body: exploreRunBodySchema,
    responses: { 200: { description: 'each property with its verdict and shortest counterexamples', schema: exploreReportSchema } },
    errors: ['run_in_progress'],
  },
  {
    method: 'get',
    path: '/api/explore/run',
    operationId: 'getExploreProgress',
    tag,
    summary: 'The exploration in progress, if any',
    responses: { 200: { description: 'how far it has walked', schema: exploreRunStatusSchema } },
  },
  {
    method: 'get',
    path: '/api/explore/schedules/{id}',
    operationId: 'replaySchedule',
    tag,
    summary: 'One schedule played again from its id, in a scratch lab of its own',
    pathParams: z.object({ id: z.string().describe('strategy.fence.sequence.dDEPTH.decisions, e.g. v1.on.create-confirm.d3.01') }),
    responses: { 200: { description: 'the schedule, its story and the claims it keeps', schema: replayedSchema } },
    errors: ['not_found'],
  },
];
