import type uPlot from 'uplot';
import type { ChaosRunReport } from '@/app/_shared/lab-api';
import type { Words } from '@/app/_shared/ui/words';
import type { TimelinePalette } from './timeline-palette';

type Timeline = ChaosRunReport['timeline'];

/**
 * What happened to the run, drawn on uPlot's canvas: the fault window shaded under the grid and
 * the lines (drawClear comes before both), each sweep's start and the reconciliation over them.
 * `pxRatio` is read at each draw: the canvas is in device pixels, and a page zoom changes them.
 */
export function timelineMarks(timeline: Timeline, palette: TimelinePalette, pxRatio: () => number, t: Words): uPlot.Plugin {
  const x = (u: uPlot, ms: number) => u.valToPos(ms / 1000, 'x', true);
  const vertical = (u: uPlot, ms: number, color: string, width: number, dash: number[]) => {
    const { ctx, bbox } = u;
    const px = Math.round(x(u, ms)) + 0.5;
    ctx.save();
    ctx.strokeStyle = color;
    ctx.lineWidth = width * pxRatio();
    ctx.setLineDash(dash.map((d) => d * pxRatio()));
    ctx.beginPath();
    ctx.moveTo(px, bbox.top);
    ctx.lineTo(px, bbox.top + bbox.height);
    ctx.stroke();
    ctx.restore();
  };
  const label = (u: uPlot, text: string, at: number, color: string, align: CanvasTextAlign) => {
    const { ctx, bbox } = u;
    const r = pxRatio();
    ctx.save();
    ctx.font = `600 ${Math.round(11.5 * r)}px ${palette.font}`;
    ctx.textAlign = align;
    ctx.textBaseline = 'top';
    const left = at + (align === 'left' ? 6 : -6) * r;
    const top = bbox.top + 6 * r;
    // A backing, so a sweep's dashed line behind the words does not cut through them.
    const width = ctx.measureText(text).width;
    ctx.fillStyle = palette.backing;
    ctx.fillRect(align === 'left' ? left - 3 * r : left - width - 3 * r, top - 2 * r, width + 6 * r, 17 * r);
    ctx.fillStyle = color;
    ctx.fillText(text, left, top);
    ctx.restore();
  };

  return {
    hooks: {
      drawClear: (u) => {
        const from = x(u, timeline.faultWindow.from);
        const to = x(u, timeline.faultWindow.to);
        u.ctx.fillStyle = palette.faultWindow;
        u.ctx.fillRect(from, u.bbox.top, Math.max(to - from, 0), u.bbox.height);
      },
      draw: (u) => {
        if (timeline.faultWindow.to > timeline.faultWindow.from)
          label(u, t('faultsMayFire'), x(u, timeline.faultWindow.from), palette.faultText, 'left');
        for (const at of timeline.sweeps) vertical(u, at, palette.sweep, 1.5, [5, 3]);
        if (timeline.reconciledAt !== null) {
          vertical(u, timeline.reconciledAt, palette.reconcile, 2, []);
          label(u, t('reconciliation'), x(u, timeline.reconciledAt), palette.reconcile, 'right');
        }
      },
    },
  };
}
