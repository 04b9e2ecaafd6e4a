import { useTranslations } from 'next-intl';
import type { NodeLayout } from './diagram-layout';

interface Props {
  node: NodeLayout;
  active: boolean;
  provider: boolean;
  /** How many other listed trades have their mirror in this state. */
  crowd: number;
}

export function DiagramNode({ node, active, provider, crowd }: Props) {
  const t = useTranslations('dashboard.diagram');
  const { box } = node;
  return (
    <g className="node" data-state={node.state} data-active={active ? 'true' : 'false'} data-provider={provider ? 'true' : 'false'}>
      <title>
        {t('node', {
          state: node.state,
          final: node.final ? t('final') : '',
          description: t.has(`states.${node.state}`) ? t(`states.${node.state}`) : (node.description ?? ''),
        })}
      </title>
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={9} />
      {node.final && <rect className="final-ring" x={box.x + 3} y={box.y + 3} width={box.w - 6} height={box.h - 6} rx={7} />}
      {/* Make room for the crowd badge on the right. */}
      <text x={crowd > 0 ? node.cx - 8 : node.cx} y={node.cy}>
        {node.state}
      </text>
      {crowd > 0 && (
        <g className="crowd">
          <title>{t('crowd', { n: crowd, state: node.state })}</title>
          <circle cx={box.x + box.w - 13} cy={node.cy} r={8} />
          <text x={box.x + box.w - 13} y={node.cy}>
            {crowd}
          </text>
        </g>
      )}
    </g>
  );
}
