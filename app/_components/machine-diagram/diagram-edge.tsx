import { lineHeight } from './diagram-geometry';
import type { EdgeLayout } from './diagram-layout';

/** One (source, target) pair with every event that takes it; `nonce` restarts the animation on each new step. */
export function DiagramEdge({ edge, nonce }: { edge: EdgeLayout; nonce: number | undefined }) {
  const top = edge.label.y - ((edge.events.length - 1) * lineHeight) / 2;
  return (
    <g className="edge" data-edge={edge.key} data-animating={nonce !== undefined ? 'true' : 'false'}>
      <path key={nonce ?? 'idle'} d={edge.path} markerEnd="url(#arrow)" />
      <text x={edge.label.x} y={top}>
        {edge.events.map((event, i) => (
          <tspan key={event} x={edge.label.x} y={top + i * lineHeight}>
            {event}
          </tspan>
        ))}
      </text>
    </g>
  );
}
