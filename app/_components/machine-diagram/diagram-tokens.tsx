import { useTranslations } from 'next-intl';
import type { Point } from './diagram-geometry';
import type { NodeLayout } from './diagram-layout';

export type TokenKind = 'caller' | 'provider';

/** Tokens sit on a node's top corners: the caller's right, the provider's left. */
export const tokenPoint = (kind: TokenKind, node: NodeLayout): Point => ({
  x: kind === 'caller' ? node.box.x + node.box.w - 6 : node.box.x + 6,
  y: node.box.y,
});

/** A token glides when its state changes. */
export function Token({ kind, node }: { kind: TokenKind; node: NodeLayout }) {
  const t = useTranslations('dashboard.diagram');
  const { x, y } = tokenPoint(kind, node);
  return (
    <g className={`token token-${kind}`} style={{ transform: `translate(${x}px, ${y}px)` }}>
      <title>{t(kind === 'caller' ? 'callerToken' : 'providerToken', { state: node.state })}</title>
      {kind === 'caller' ? <circle r={7} /> : <path d="M0 -8 L8 0 L0 8 L-8 0 z" />}
    </g>
  );
}
