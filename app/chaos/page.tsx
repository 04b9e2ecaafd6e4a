import { pageMetadata } from '@/app/_shared/ui/page-metadata';
import { ChaosRunPage } from '@/app/chaos/_components/chaos-run-page';

export const generateMetadata = () => pageMetadata('chaos');

export default function ChaosRoute() {
  return <ChaosRunPage />;
}
