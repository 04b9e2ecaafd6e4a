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
        // Its default fetches Open Sans from Google: the lab runs offline, on the system font.
        'load-fonts': 'false',
      })}
    </div>
  );
}
