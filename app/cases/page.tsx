import type { Metadata } from 'next';
import { CaseMatrixPage } from '../components/case-matrix-page';

export const metadata: Metadata = { title: 'Every case · Consistency Lab' };

export default function CasesRoute() {
  return <CaseMatrixPage />;
}
