import { notCreatedCodes, type NotCreatedCode } from './trade.errors';

/**
 * How a create was answered, as the request log keeps it: the trade was made, the refusal that
 * left none, or `interrupted` — a restart cut its flow off before it answered. While the flow
 * runs there is no answer yet (null).
 */
export type CreateAnswer = 'created' | 'interrupted' | NotCreatedCode;

const createAnswers: readonly string[] = ['created', 'interrupted', ...notCreatedCodes];

export const isCreateAnswer = (value: string): value is CreateAnswer => createAnswers.includes(value);

/** The create left no trade: its answer is the refusal, which a repeat of its key gets again. */
export const leftNoTrade = (answer: CreateAnswer | null): answer is NotCreatedCode =>
  answer !== null && answer !== 'created' && answer !== 'interrupted';
