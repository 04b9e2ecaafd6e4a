'use client';

import { useTranslations } from 'next-intl';
import type { CSSProperties } from 'react';
import type { WireSnapshot } from '@/app/_shared/lab-api';
import { ArrowMarker } from './arrow-marker';
import { DiagramEdge, EdgeButtons, type EdgeActions } from './diagram-edge';
import { useDiagramLayout } from './diagram-layout-context';
import { DiagramNode } from './diagram-node';
import { Token, tokenPoint } from './diagram-tokens';
import { HeldMessages } from './held-messages';
import './pay-order-diagram.css';

export interface DiagramProps {
  /** Where the caller's mirror stands (as the animation shows it), or null without a mirror. */
  caller: string | null;
  /** Where the provider's pay order stands, or null when it has none. */
  provider: string | null;
  /** The transition (`source:event`) crossing the diagram now, and the id of its event. */
  animating: { key: string; nonce: number } | null;
  /** How long one transition plays, so the edge and the token keep the animation's pace. */
  playMs: number;
  crowd: Record<string, number>;
  summary: string;
  actions: EdgeActions;
  /** The selected trade's calls held on the wire (step mode). */
  held: WireSnapshot['held'];
}

export function PayOrderDiagram({ caller, provider, animating, playMs, crowd, summary, actions, held }: DiagramProps) {
  const t = useTranslations('dashboard.diagram');
  const layout = useDiagramLayout();
  const callerNode = layout.nodes.find((n) => n.state === caller);
  const providerNode = layout.nodes.find((n) => n.state === provider);
  const pace = { '--play-ms': `${playMs}ms` } as CSSProperties;
  // A held call heads for the provider's token; before the provider has one, for where the call's
  // success (`try.succeeded` out of the caller's state) would put it.
  const toward = (op: string) => {
    const answer = layout.edges.find((e) => e.source === caller && e.event === `${op}.succeeded`);
    const node = providerNode ?? layout.nodes.find((n) => n.state === answer?.target);
    return node ? tokenPoint('provider', node) : null;
  };
  return (
    // The picture is an image with its summary for a name; the buttons stay outside it, since an
    // image's children are presentational and would be hidden from assistive technology.
    <svg className="diagram" viewBox={`0 0 ${layout.width} ${layout.height}`} role="group" aria-label={t('label')} style={pace}>
      <defs>
        <ArrowMarker id="arrow" />
      </defs>
      <g role="img" aria-label={summary}>
        {layout.edges.map((edge) => (
          <DiagramEdge key={edge.key} edge={edge} nonce={animating?.key === edge.key ? animating.nonce : undefined} />
        ))}
        {layout.nodes.map((node) => (
          <DiagramNode
            key={node.state}
            node={node}
            active={node === callerNode}
            provider={node === providerNode}
            crowd={crowd[node.state] ?? 0}
          />
        ))}
        {providerNode && <Token kind="provider" node={providerNode} />}
        {callerNode && <Token kind="caller" node={callerNode} />}
        <HeldMessages held={held} caller={callerNode ? tokenPoint('caller', callerNode) : null} provider={toward} />
      </g>
      <g className="event-buttons" role="group" aria-label={t('buttons')}>
        {layout.edges.map((edge) => (
          <EdgeButtons key={edge.key} edge={edge} animating={animating?.key === edge.key} actions={actions} />
        ))}
      </g>
    </svg>
  );
}
