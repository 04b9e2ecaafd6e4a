import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CaseMatrixPage } from '@/app/matrix/_components/case-matrix-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('lab.pageTitle', { page: t('matrix.title') }) };
}

export default function MatrixRoute() {
  return <CaseMatrixPage />;
}
