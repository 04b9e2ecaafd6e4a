/** The plot's colours, read from the page's own palette (globals.css, chaos-timeline.css) so the canvas and the key below it agree. */
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
  const css = getComputedStyle(el);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return {
    consistent: v('--ok'),
    converging: v('--warn'),
    stuck: v('--bad'),
    frozen: v('--provider'),
    faultWindow: v('--timeline-fault-window'),
    faultText: v('--bad'),
    sweep: v('--muted'),
    reconcile: v('--ink'),
    ink: v('--ink'),
    grid: v('--line'),
    backing: v('--panel'),
    font: v('--font'),
  };
}
