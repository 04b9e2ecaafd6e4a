'use client';

import { createElement, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { paintedColours } from '@/app/_shared/ui/painted-colours';
import { shownTheme, subscribeTheme } from '@/app/_shared/ui/theme';

/**
 * The document, rendered by RapiDoc: its self-contained bundle (no swagger-client, no native
 * modules), loaded on the client and served with the app's own chunks, so it works offline.
 */
export function ApiDoc() {
  const ref = useRef<HTMLElement>(null);
  const [ready, setReady] = useState(false);
  const theme = useSyncExternalStore(subscribeTheme, shownTheme, () => null);
  // RapiDoc's own colours (an orange accent, grey descriptions) fail AA contrast: it takes the lab's, in the theme shown.
  const [colours, setColours] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!ref.current || !theme) return;
    const painted = paintedColours(ref.current.parentElement!, { primary: '--accent', bg: '--panel', text: '--ink' });
    setColours(Object.fromEntries(Object.entries(painted).map(([k, v]) => [k, hex(v)])));
  }, [theme]);
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
        theme: theme ?? 'light',
        'primary-color': colours.primary,
        'bg-color': colours.bg,
        'text-color': colours.text,
        // Its default fetches Open Sans from Google: the lab runs offline, on the system font.
        'load-fonts': 'false',
      })}
    </div>
  );
}

/** RapiDoc reads its colours as #rrggbb only; a computed colour is rgb(r, g, b). */
function hex(rgb: string): string {
  const [r = 0, g = 0, b = 0] = rgb.match(/\d+/g)?.map(Number) ?? [];
  return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
}
