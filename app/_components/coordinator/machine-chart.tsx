'use client';

import { useTranslations } from 'next-intl';
import { useId, type CSSProperties } from 'react';
import { ArrowMarker } from '@/app/_components/machine-diagram/arrow-marker';
import type { DiagramLayout, NodeLayout } from '@/app/_components/machine-diagram/diagram-layout';

export interface ChartToken {
  /** Distinguishes tokens on one machine: the trade branch's circle, the pay branch's diamond. */
  kind: 'global' | 'trade' | 'pay';
  state: string;
  /** What the token stands for, as its title says it. */
  title: string;
}

interface Props {
  layout: DiagramLayout;
  /** The machine, for the drawing's name. */
  label: string;
  /** One line on where the tokens stand: what a screen reader hears of the picture. */
  summary: string;
  tokens: ChartToken[];
  /** The transition (`source:event`) crossing the diagram now, and the id of its event. */
  animating: { key: string; nonce: number } | null;
  playMs: number;
}

/** Tokens sit on a node's top edge, apart: the transaction's in the middle, the trade branch's right, the pay branch's left. */
const tokenAt = (kind: ChartToken['kind'], node: NodeLayout) => ({
  x: kind === 'trade' ? node.box.x + node.box.w - 8 : kind === 'pay' ? node.box.x + 8 : node.cx,
  y: node.box.y,
});

/**
 * One of the coordinator's machines, drawn from its own layout (every state and every transition
 * of its definition), with its tokens gliding from state to state as the coordinator's log moves.
 */
export function MachineChart({ layout, label, summary, tokens, animating, playMs }: Props) {
  const t = useTranslations('coordinatorView');
  const marker = `tc-arrow-${useId().replace(/:/g, '')}`;
  const pace = { '--play-ms': `${playMs}ms` } as CSSProperties;
  const at = (state: string) => layout.nodes.find((n) => n.state === state);
  return (
    <svg
      className="diagram tc-diagram"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-label={`${label}: ${summary}`}
      style={pace}
    >
      <defs>
        <ArrowMarker id={marker} />
      </defs>
      {layout.edges.map((edge) => {
        const playing = animating?.key === edge.key;
        return (
          <g
            key={edge.key}
            className="edge"
            data-edge={`${edge.source}->${edge.target}`}
            data-event={edge.event}
            data-animating={playing ? 'true' : 'false'}
          >
            <path key={playing ? animating.nonce : 'idle'} d={edge.path} markerEnd={`url(#${marker})`} />
            <text className="answer" x={edge.label.x + edge.label.w / 2} y={edge.label.y + edge.label.h / 2}>
              {edge.event}
            </text>
          </g>
        );
      })}
      {layout.nodes.map((node) => {
        const here = tokens.filter((token) => token.state === node.state).map((token) => token.kind);
        return (
          <g
            key={node.state}
            className="node"
            data-state={node.state}
            data-tokens={here.join(' ') || undefined}
            data-final={node.final ? 'true' : 'false'}
          >
            <title>{t('node', { state: node.state, final: node.final ? t('final') : '', description: t(`states.${node.state}`) })}</title>
            <rect x={node.box.x} y={node.box.y} width={node.box.w} height={node.box.h} rx={9} />
            {node.final && (
              <rect className="final-ring" x={node.box.x + 3} y={node.box.y + 3} width={node.box.w - 6} height={node.box.h - 6} rx={7} />
            )}
            <text x={node.cx} y={node.cy}>
              {node.state}
            </text>
          </g>
        );
      })}
      {tokens.map((token) => {
        const node = at(token.state);
        if (!node) return null;
        const { x, y } = tokenAt(token.kind, node);
        return (
          <g
            key={token.kind}
            className={`token tc-token tc-token-${token.kind}`}
            data-token={token.kind}
            data-state={token.state}
            style={{ transform: `translate(${x}px, ${y}px)` }}
          >
            <title>{token.title}</title>
            {token.kind === 'pay' ? (
              <path d="M0 -8 L8 0 L0 8 L-8 0 z" />
            ) : token.kind === 'trade' ? (
              <circle r={7} />
            ) : (
              <rect x={-7} y={-7} width={14} height={14} rx={3} />
            )}
          </g>
        );
      })}
    </svg>
  );
}
