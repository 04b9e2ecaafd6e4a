import { pageMetadata } from '@/app/_shared/ui/page-metadata';
import { CaseMatrixPage } from '@/app/matrix/_components/case-matrix-page';

export const generateMetadata = () => pageMetadata('matrix');

export default function MatrixRoute() {
  return <CaseMatrixPage />;
}
