import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TradePage } from '@/app/trades/[id]/_components/trade-page-view';

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const t = await getTranslations('lab');
  return { title: t('pageTitle', { page: id }) };
}

/** The trade's own page; the client component fetches it and follows the event stream. */
export default async function TradeRoute({ params }: Props) {
  const { id } = await params;
  return <TradePage id={id} />;
}
