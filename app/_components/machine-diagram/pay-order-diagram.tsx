import { payOrderMachine } from '@/lib/pay-order/pay-order.machine';
import { DiagramEdge } from './diagram-edge';
import { layoutMachine, type NodeLayout } from './diagram-layout';
import { DiagramNode } from './diagram-node';
import './pay-order-diagram.css';

// The machine never changes at run time: lay it out once, on the module's first use.
const layout = layoutMachine(payOrderMachine);
const nodeOf = (state: string | null) => layout.nodes.find((n) => n.state === state);

export interface DiagramProps {
  /** Where the caller's mirror stands (the browser's replay), or null without a mirror. */
  caller: string | null;
  /** Where the provider's pay order stands, or null when it has none. */
  provider: string | null;
  /** Edge key → the id of the event that is animating it. */
  animating: Record<string, number>;
  crowd: Record<string, number>;
  summary: string;
}

export function PayOrderDiagram({ caller, provider, animating, crowd, summary }: DiagramProps) {
  const callerNode = nodeOf(caller);
  const providerNode = nodeOf(provider);
  return (
    <svg className="diagram" viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={summary}>
      <defs>
        {/* Sized in user units, so an edge drawn thicker while animating keeps the same arrowhead. */}
        <marker
          id="arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="9"
          markerHeight="9"
          markerUnits="userSpaceOnUse"
          orient="auto-start-reverse"
        >
          <path d="M0 0 L10 5 L0 10 z" />
        </marker>
      </defs>
      {layout.edges.map((edge) => (
        <DiagramEdge key={edge.key} edge={edge} nonce={animating[edge.key]} />
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
    </svg>
  );
}

/** Tokens sit on a node's top corners (caller right, provider left) and glide when the state changes. */
function Token({ kind, node }: { kind: 'caller' | 'provider'; node: NodeLayout }) {
  const x = kind === 'caller' ? node.box.x + node.box.w - 6 : node.box.x + 6;
  return (
    <g className={`token token-${kind}`} style={{ transform: `translate(${x}px, ${node.box.y}px)` }}>
      <title>{`${kind === 'caller' ? "caller's mirror" : "provider's pay order"}: ${node.state}`}</title>
      {kind === 'caller' ? <circle r={7} /> : <path d="M0 -8 L8 0 L0 8 L-8 0 z" />}
    </g>
  );
}
