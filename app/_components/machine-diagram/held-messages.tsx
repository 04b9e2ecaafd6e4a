import { useTranslations } from 'next-intl';
import type { WireSnapshot } from '@/app/_shared/lab-api';
import type { Point } from './diagram-geometry';

type HeldView = WireSnapshot['held'][number];

interface Props {
  held: HeldView[];
  caller: Point | null;
  /** Where the provider's token stands, or — before it has one — where the call's success would put it. */
  provider: (op: HeldView['op']) => Point | null;
}

const envelope = { w: 26, h: 17 };

/**
 * Step mode: each call of this trade waiting on the wire, drawn as a message between the caller's
 * token and the provider's — an envelope with its operation, marked when the caller gave up on it.
 */
export function HeldMessages({ held, caller, provider }: Props) {
  const t = useTranslations('dashboard.diagram');
  if (!caller) return null;
  return (
    <g className="held-messages">
      {held.map((h, i) => {
        const to = provider(h.op) ?? { x: caller.x + 60, y: caller.y - 40 };
        const mid = { x: (caller.x + to.x) / 2, y: (caller.y + to.y) / 2 - 24 };
        const x = mid.x - envelope.w / 2;
        const y = mid.y - envelope.h / 2 - i * (envelope.h + 6);
        return (
          <g key={h.id} className="held" data-held={h.id} data-op={h.op} data-late={h.late ? 'true' : 'false'}>
            <title>{t('held', { op: h.op, late: h.late ? t('heldLate') : '' })}</title>
            <path className="wire" d={`M ${caller.x} ${caller.y} Q ${mid.x} ${mid.y - 24} ${to.x} ${to.y}`} />
            <rect x={x} y={y} width={envelope.w} height={envelope.h} rx={2} />
            <path d={`M ${x} ${y} L ${x + envelope.w / 2} ${y + envelope.h / 2} L ${x + envelope.w} ${y}`} />
            <text x={x + envelope.w + 4} y={y + envelope.h / 2}>
              {h.late ? t('lateOp', { op: h.op }) : h.op}
            </text>
          </g>
        );
      })}
    </g>
  );
}
