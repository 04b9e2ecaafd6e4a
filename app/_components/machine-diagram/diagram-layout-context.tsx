'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { DiagramLayout } from './diagram-layout';

const LayoutContext = createContext<DiagramLayout | null>(null);

/**
 * The server lays the machine out once (elkjs stays out of the browser's bundle) and hands the
 * result to the page here, so the diagram is drawn in the first paint, wherever the page puts it.
 */
export function DiagramLayoutProvider({ layout, children }: { layout: DiagramLayout; children: ReactNode }) {
  return <LayoutContext.Provider value={layout}>{children}</LayoutContext.Provider>;
}

export function useDiagramLayout(): DiagramLayout {
  const layout = useContext(LayoutContext);
  if (!layout) throw new Error('the pay-order diagram needs its layout: wrap the page in DiagramLayoutProvider');
  return layout;
}
