'use client';

import { createElement, useEffect, useRef, useState } from 'react';

/**
 * The document, rendered by RapiDoc: its self-contained bundle (no swagger-client, no native
 * modules), loaded on the client and served with the app's own chunks, so it works offline.
 */
export function ApiDoc() {
  const ref = useRef<HTMLElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const element = ref.current;
    const loaded = () => setReady(true);
    element?.addEventListener('spec-loaded', loaded);
    void import('rapidoc/dist/rapidoc-min.js');
    return () => element?.removeEventListener('spec-loaded', loaded);
  }, []);
  return (
    <div className="api-doc" data-ready={ready ? 'true' : 'false'}>
      {createElement('rapi-doc', {
        ref,
        'spec-url': '/api/openapi.json',
        'render-style': 'view',
        'show-header': 'false',
        'allow-try': 'false',
        'allow-server-selection': 'false',
        'allow-authentication': 'false',
        'schema-style': 'table',
        'regular-font': 'system-ui, sans-serif',
        'mono-font': 'ui-monospace, monospace',
        theme: 'light',
        // Its default orange (3.0:1) and the grey it derives from the text colour (3.3:1) fail AA on its
        // background: a darker amber, and a darker text that its grey is derived from, reach 4.5:1.
        'primary-color': '#b45309',
        'text-color': '#1f1f1f',
        // Its default fetches Open Sans from Google: the lab runs offline, on the system font.
        'load-fonts': 'false',
      })}
    </div>
  );
}
