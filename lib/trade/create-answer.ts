import type { FlowOutcome } from './flow-outcome';
import { notCreatedCodes, type NotCreatedCode } from './trade.errors';

/**
 * How a create was answered, as the request log keeps it: the trade was made, the refusal that
 * left none, `interrupted` — a restart cut its flow off before it answered — or `in_doubt`: the
 * flow could not know whether its global transaction commits (V3). While the flow runs there is
 * no answer yet (null).
 */
export type CreateAnswer = 'created' | 'interrupted' | 'in_doubt' | NotCreatedCode;

const createAnswers: readonly string[] = ['created', 'interrupted', 'in_doubt', ...notCreatedCodes];

export const isCreateAnswer = (value: string): value is CreateAnswer => createAnswers.includes(value);

/** The create left no trade: its answer is the refusal, which a repeat of its key gets again. */
export const leftNoTrade = (answer: CreateAnswer | null): answer is NotCreatedCode =>
  answer !== null && answer !== 'created' && answer !== 'interrupted' && answer !== 'in_doubt';

/** The answer a flow's outcome is, as the request log keeps it. */
export const answerOf = (outcome: FlowOutcome): CreateAnswer =>
  outcome.kind === 'created' ? 'created' : outcome.kind === 'in-doubt' ? 'in_doubt' : outcome.code;
