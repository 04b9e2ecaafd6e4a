import { answerStatusOf } from '@/lib/http/status';
import { formatCents } from '@/lib/money/money';
import { cardOf, type Strategy } from '@/lib/strategies/catalog';
import type { OpenGlobal } from '@/lib/coordinator/tc-reads';
import type { ProviderPayOrderView } from '@/lib/pay/contract';
import { tradeIdOf } from '@/lib/trade/ids';
import { type MirrorRow, type RequestRow, type TradeRow } from '@/lib/trade/rows';
import { quadrantOf, type TradeSides } from './quadrant';
import { verdictOf } from './verdict';

/** The auditor's verdict on one trade id: the caller's rows and the provider's, side by side. */
export function tradeSummary(
  request: RequestRow,
  trade: TradeRow | undefined,
  mirror: MirrorRow | undefined,
  provider: ProviderPayOrderView | null,
  coordinator: OpenGlobal | null,
) {
  const sides: TradeSides<Strategy> = {
    trade: trade ? { status: trade.status, strategy: trade.strategy, pending: trade.pending } : null,
    mirror: mirror ? { state: mirror.state, owed: mirror.owed, parked: mirror.parked } : null,
    provider: provider ? { state: provider.state } : null,
    redrive: cardOf(request.strategy).redriveOf(request),
    coordinator,
  };
  const verdict = verdictOf(sides);
  return {
    id: tradeIdOf(request),
    amount: formatCents(request.amountCents),
    strategy: request.strategy,
    requestedAt: request.requestedAt,
    answerStatus: answerStatusOf(request.answer),
    trade: trade
      ? { status: trade.status, pending: trade.pending, heldBy: trade.heldBy, createdAt: trade.createdAt, updatedAt: trade.updatedAt }
      : null,
    mirror: mirror
      ? {
          payOrderId: mirror.id,
          state: mirror.state,
          owed: mirror.owed,
          attempts: mirror.attempts,
          nextRetryAt: mirror.nextRetryAt,
          lastError: mirror.lastError,
          parked: mirror.parked,
        }
      : null,
    provider: provider
      ? { payOrderId: provider.id, state: provider.state, amount: formatCents(provider.amountCents), reservations: provider.reservations }
      : null,
    /** Where the strategy keeps no record of owed work (V1): whether the lab still owes a re-drive of the last operation. */
    redrive: sides.redrive ?? null,
    quadrant: quadrantOf(sides),
    verdict,
    consistent: verdict === 'consistent',
  };
}

export type TradeSummary = ReturnType<typeof tradeSummary>;
