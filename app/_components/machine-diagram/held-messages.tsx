import type { WireSnapshot } from '@/app/_shared/lab-api';
import type { Point } from './diagram-geometry';

type HeldView = WireSnapshot['held'][number];

interface Props {
  held: HeldView[];
  caller: Point | null;
  provider: Point | null;
}

const envelope = { w: 22, h: 14 };
/** Without a provider token yet (a first try held), the message points off towards the provider. */
const towardProvider = { x: 70, y: -34 };

/**
 * Step mode: each call of this trade waiting on the wire, drawn as a message between the caller's
 * token and the provider's — an envelope with its operation, marked when the caller gave up on it.
 */
export function HeldMessages({ held, caller, provider }: Props) {
  const from = caller ?? provider;
  if (!from || held.length === 0) return null;
  const to = caller && provider ? provider : { x: from.x + towardProvider.x, y: from.y + towardProvider.y };
  const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 - 14 };
  return (
    <g className="held-messages">
      <path className="wire" d={`M ${from.x} ${from.y} Q ${mid.x} ${mid.y - 20} ${to.x} ${to.y}`} />
      {held.map((h, i) => {
        const x = mid.x - envelope.w / 2;
        const y = mid.y - envelope.h / 2 - i * (envelope.h + 6);
        return (
          <g key={h.id} className="held" data-held={h.id} data-op={h.op} data-late={h.late ? 'true' : 'false'}>
            <title>{`${h.op} held on the wire${h.late ? ' — late: the caller gave up waiting' : ''}`}</title>
            <rect x={x} y={y} width={envelope.w} height={envelope.h} rx={2} />
            <path d={`M ${x} ${y} L ${x + envelope.w / 2} ${y + envelope.h / 2} L ${x + envelope.w} ${y}`} />
            <text x={x + envelope.w + 4} y={y + envelope.h / 2}>
              {h.late ? `${h.op} · late` : h.op}
            </text>
          </g>
        );
      })}
    </g>
  );
}
