import { paintedColours } from '@/app/_shared/ui/painted-colours';

/** The plot's colours, read from the page's own palette (palette.css, chaos-timeline.css) so the canvas and the key below it agree, in either theme. */
export interface TimelinePalette {
  consistent: string;
  converging: string;
  stuck: string;
  frozen: string;
  faultWindow: string;
  faultText: string;
  sweep: string;
  reconcile: string;
  ink: string;
  grid: string;
  backing: string;
  font: string;
}

export function timelinePalette(el: Element): TimelinePalette {
  return {
    ...paintedColours(el, {
      consistent: '--ok',
      converging: '--warn',
      stuck: '--bad',
      frozen: '--provider',
      faultWindow: '--timeline-fault-window',
      faultText: '--bad',
      sweep: '--muted',
      reconcile: '--ink',
      ink: '--ink',
      grid: '--line',
      backing: '--panel',
    }),
    font: getComputedStyle(el).getPropertyValue('--font').trim(),
  };
}
