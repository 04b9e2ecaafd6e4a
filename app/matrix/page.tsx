import type { Metadata } from 'next';
import { CaseMatrixPage } from '@/app/matrix/_components/case-matrix-page';

export const metadata: Metadata = { title: 'Matrix · Consistency Lab' };

export default function MatrixRoute() {
  return <CaseMatrixPage />;
}
