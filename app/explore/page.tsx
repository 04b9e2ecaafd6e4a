import type { Metadata } from 'next';
import { ExplorePage } from '@/app/explore/_components/explore-page';

export const metadata: Metadata = { title: 'Explore · Consistency Lab' };

export default function ExploreRoute() {
  return <ExplorePage />;
}
