import type { Metadata } from 'next';
import { PageTopbar } from '@/app/_shared/ui/page-topbar';
import { ApiDoc } from './_components/api-doc';
import './_components/api-page.css';

export const metadata: Metadata = { title: 'API · Consistency Lab' };

export default function ApiRoute() {
  return (
    <div className="api-page">
      <PageTopbar current="/api" />
      <section className="panel api-intro" aria-labelledby="api-title">
        <h1 id="api-title">The API</h1>
        <p>
          Every route of the lab as an OpenAPI 3.1 document, generated from the schemas the routes parse with:{' '}
          <a href="/api/openapi.json">/api/openapi.json</a>. Errors are always <code>{'{"error":{"code","message"}}'}</code>.
        </p>
      </section>
      <ApiDoc />
    </div>
  );
}
