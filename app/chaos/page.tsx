import type { Metadata } from 'next';
import { ChaosRunPage } from '@/app/chaos/_components/chaos-run-page';

export const metadata: Metadata = { title: 'Chaos · Consistency Lab' };

export default function ChaosRoute() {
  return <ChaosRunPage />;
}
