import { getTranslations } from 'next-intl/server';
import { pageMetadata } from '@/app/_shared/ui/page-metadata';
import { PageTopbar } from '@/app/_shared/ui/page-topbar';
import { ApiDoc } from './_components/api-doc';
import './_components/api-page.css';

export const generateMetadata = () => pageMetadata('apiPage');

/** The page's own words are the reader's language; RapiDoc's interface stays in English. */
export default async function ApiRoute() {
  const t = await getTranslations('apiPage');
  return (
    <div className="api-page">
      <PageTopbar current="/api" />
      <section className="panel api-intro" aria-labelledby="api-title">
        <h1 id="api-title">{t('heading')}</h1>
        <p>
          {t.rich('intro', {
            shape: '{"error":{"code","message"}}',
            link: (chunks) => <a href="/api/openapi.json">{chunks}</a>,
            code: (chunks) => <code>{chunks}</code>,
          })}
        </p>
      </section>
      <ApiDoc />
    </div>
  );
}
