import type { TradeView } from '@/app/_shared/lab-api';
import { scoped, type StoryWords } from '@/app/_shared/ui/words';

type TcViewEvent = Extract<TradeView['events'][number], { source: 'tc' }>;

/** One line for an event of the coordinator's log: "x-3 Begin → Committing (commit.requested)". */
export function summarizeTcEvent(event: TcViewEvent, words: StoryWords): string {
  const t = scoped(words.t, 'coordinatorView.events');
  const xid = event.xid ?? '';
  switch (event.type) {
    case 'global.begun':
      return t('begun', { xid, action: event.detail.action, timeout: event.detail.timeoutMs });
    case 'global.moved':
      return t('moved', { id: xid, from: event.detail.from, to: event.detail.to, event: event.detail.event });
    case 'branch.registered':
      return t('registered', { xid, branchId: event.detail.branchId, resource: event.detail.resource });
    case 'branch.moved':
      return t('moved', { id: event.detail.branchId, from: event.detail.from, to: event.detail.to, event: event.detail.event });
    case 'tc.crashed':
      return t('crashed', { point: words.t(`coordinatorView.lanes.points.${event.detail.point}`) });
    case 'tc.restarted':
      return t('restarted', { n: event.detail.inFlight });
  }
}
