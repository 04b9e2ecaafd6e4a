import { pageMetadata } from '@/app/_shared/ui/page-metadata';
import { ExplorePage } from '@/app/explore/_components/explore-page';

export const generateMetadata = () => pageMetadata('explore');

export default function ExploreRoute() {
  return <ExplorePage />;
}
